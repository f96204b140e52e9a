package io.kaiwu.energy.demand;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.energy.consumption.ReadingConsumption;
import io.kaiwu.energy.demand.kernel.DemandWindow;
import io.kaiwu.energy.demand.kernel.QuarterHourDemand;
import io.kaiwu.energy.meter.ManagingMeters;
import io.kaiwu.energy.meter.Meter;
import io.kaiwu.energy.metering.Counters;
import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.metering.MeteringUnit;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demand from the stored counter readings of electricity meters: a meter's or a node's
 * load curve for a day, and a site's monthly peak demand. A node adds, quarter by
 * quarter, the electricity meters its consumption adds; a virtual meter adds and
 * subtracts its terms. Any missing part makes the quarter hour missing.
 */
@Service
public class ReadingDemand {

	private final ManagingMeters meters;

	private final ReadingConsumption consumption;

	private final EnterpriseStructure structure;

	private final CounterHistory history;

	ReadingDemand(ManagingMeters meters, ReadingConsumption consumption, EnterpriseStructure structure,
			CounterHistory history) {
		this.meters = meters;
		this.consumption = consumption;
		this.structure = structure;
		this.history = history;
	}

	/**
	 * @param meterId an electricity meter, or
	 * @param nodeId a structure node (one of the two)
	 * @param date the day at the site, ISO
	 */
	@Transactional(readOnly = true)
	public LoadCurve loadCurve(TenantId tenant, @Nullable UUID meterId, @Nullable UUID nodeId, @Nullable String date) {
		List<FieldError> errors = new ArrayList<>();
		if ((meterId == null) == (nodeId == null)) {
			errors.add(new FieldError("meterId", "problem.energy.meter-or-node"));
		}
		LocalDate day = date(date, errors);
		Meter meter = null;
		if (meterId != null) {
			meter = this.meters.get(tenant, meterId);
			if (meter.kind() != MeterKind.ELECTRICITY) {
				errors.add(new FieldError("meterId", "energy.demand.problem.not-electricity", meter.code()));
			}
		}
		StructureNode node = null;
		if (nodeId != null) {
			node = this.structure.findNode(tenant, nodeId).orElse(null);
			if (node == null) {
				errors.add(new FieldError("nodeId", "problem.energy.unknown-node", nodeId));
			}
		}
		if (!errors.isEmpty() || day == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		UUID anchor = (meter != null) ? meter.nodeId() : nodeId;
		ZoneId zone = this.consumption.timeZoneOf(tenant, anchor);
		Instant from = day.atStartOfDay(zone).toInstant();
		Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
		List<Meter> group = (meter != null) ? List.of(meter) : electricity(this.consumption.countedOn(tenant, nodeId));
		List<DemandWindow> windows = windows(tenant, group, from, to);
		return new LoadCurve((meter != null) ? meter.code() : node.name(), group.stream().map(Meter::code).toList(),
				day, zone.getId(), windows, QuarterHourDemand.peak(windows).orElse(null), missing(windows));
	}

	/**
	 * @param siteId a site
	 * @param month the month at the site, {@code yyyy-MM}
	 */
	@Transactional(readOnly = true)
	public MonthlyPeaks monthlyPeaks(TenantId tenant, @Nullable UUID siteId, @Nullable String month) {
		List<FieldError> errors = new ArrayList<>();
		StructureNode site = site(tenant, siteId, errors);
		YearMonth yearMonth = month(month, errors);
		if (!errors.isEmpty() || site == null || yearMonth == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		ZoneId zone = this.consumption.timeZoneOf(tenant, site.id());
		Instant from = yearMonth.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = yearMonth.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		List<Meter> counted = electricity(this.consumption.countedOn(tenant, site.id()));
		Map<UUID, List<DemandWindow>> cache = new HashMap<>();
		List<DemandWindow> siteWindows = windows(tenant, counted, from, to, cache);
		List<MonthlyPeaks.MeterPeak> peaks = new ArrayList<>();
		for (Meter m : onSite(tenant, site.id())) {
			List<DemandWindow> own = windows(tenant, List.of(m), from, to, cache);
			peaks.add(new MonthlyPeaks.MeterPeak(m.code(), m.name(), QuarterHourDemand.peak(own).orElse(null),
					missing(own)));
		}
		int quarters = (int) (Duration.between(from, to).getSeconds() / QuarterHourDemand.WINDOW.getSeconds());
		return new MonthlyPeaks(site.name(), yearMonth, zone.getId(), quarters,
				QuarterHourDemand.peak(siteWindows).orElse(null), counted.isEmpty() ? quarters : missing(siteWindows),
				peaks);
	}

	/** The electricity meters hung on the site or below it, physical ones by code. */
	private List<Meter> onSite(TenantId tenant, UUID siteId) {
		List<StructureNode> all = this.structure.allNodes(tenant);
		List<UUID> inside = new ArrayList<>(List.of(siteId));
		for (int i = 0; i < inside.size(); i++) {
			UUID parent = inside.get(i);
			all.stream().filter((n) -> parent.equals(n.parentId())).forEach((n) -> inside.add(n.id()));
		}
		return this.meters.list(tenant)
			.stream()
			.filter((m) -> m.kind() == MeterKind.ELECTRICITY && !m.virtual() && inside.contains(m.nodeId()))
			.sorted(Comparator.comparing(Meter::code))
			.toList();
	}

	private List<DemandWindow> windows(TenantId tenant, List<Meter> group, Instant from, Instant to) {
		return windows(tenant, group, from, to, new HashMap<>());
	}

	/** The group's windows added up; with no meter at all, every window is missing. */
	private List<DemandWindow> windows(TenantId tenant, List<Meter> group, Instant from, Instant to,
			Map<UUID, List<DemandWindow>> cache) {
		if (group.isEmpty()) {
			List<DemandWindow> none = new ArrayList<>();
			for (Instant at = from; at.isBefore(to); at = at.plus(QuarterHourDemand.WINDOW)) {
				none.add(new DemandWindow(at, null, null));
			}
			return none;
		}
		List<List<DemandWindow>> parts = new ArrayList<>();
		List<Boolean> subtract = new ArrayList<>();
		for (Meter m : group) {
			parts.add(meterWindows(tenant, m, from, to, cache));
			subtract.add(false);
		}
		return (parts.size() == 1) ? parts.get(0) : QuarterHourDemand.combine(parts, subtract);
	}

	private List<DemandWindow> meterWindows(TenantId tenant, Meter meter, Instant from, Instant to,
			Map<UUID, List<DemandWindow>> cache) {
		List<DemandWindow> known = cache.get(meter.id());
		if (known != null) {
			return known;
		}
		List<DemandWindow> windows;
		if (!meter.virtual()) {
			// one reading period before and after, so that the day's edges are covered
			Duration margin = meter.counterSettings().longestInterval();
			windows = QuarterHourDemand.windows(
					Counters.intervals(this.history.readings(meter, from.minus(margin), to.plus(margin)),
							meter.counterSettings()),
					from, to, meter.kind().convert(BigDecimal.ONE, meter.unit(), MeteringUnit.KWH));
		}
		else {
			List<List<DemandWindow>> parts = new ArrayList<>();
			List<Boolean> subtract = new ArrayList<>();
			for (Meter.Term term : meter.terms()) {
				parts.add(meterWindows(tenant, this.meters.get(tenant, term.meterId()), from, to, cache));
				subtract.add(term.subtract());
			}
			windows = QuarterHourDemand.combine(parts, subtract);
		}
		cache.put(meter.id(), windows);
		return windows;
	}

	private static List<Meter> electricity(List<Meter> meters) {
		return meters.stream().filter((m) -> m.kind() == MeterKind.ELECTRICITY).toList();
	}

	private static int missing(List<DemandWindow> windows) {
		return (int) windows.stream().filter(DemandWindow::isMissing).count();
	}

	private @Nullable StructureNode site(TenantId tenant, @Nullable UUID siteId, List<FieldError> errors) {
		if (siteId == null) {
			errors.add(new FieldError("siteId", "problem.field.required"));
			return null;
		}
		StructureNode site = this.structure.findNode(tenant, siteId).orElse(null);
		if (site == null) {
			errors.add(new FieldError("siteId", "problem.energy.unknown-node", siteId));
		}
		else if (site.level() != NodeLevel.SITE) {
			errors.add(new FieldError("siteId", "problem.energy.not-a-site", site.code()));
			return null;
		}
		return site;
	}

	private static @Nullable LocalDate date(@Nullable String text, List<FieldError> errors) {
		if (FieldChecks.blank(text)) {
			errors.add(new FieldError("date", "problem.field.required"));
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeException ex) {
			errors.add(new FieldError("date", "problem.energy.date", text));
			return null;
		}
	}

	static @Nullable YearMonth month(@Nullable String text, List<FieldError> errors) {
		if (FieldChecks.blank(text)) {
			errors.add(new FieldError("month", "problem.field.required"));
			return null;
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeException ex) {
			errors.add(new FieldError("month", "energy.demand.problem.month", text));
			return null;
		}
	}

}
