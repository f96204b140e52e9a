package io.kaiwu.energy.intensity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.energy.carbon.FactorTables;
import io.kaiwu.energy.consumption.ConsumptionReport;
import io.kaiwu.energy.consumption.ReadingConsumption;
import io.kaiwu.energy.intensity.kernel.Carrier;
import io.kaiwu.energy.intensity.kernel.EnergyIntensity;
import io.kaiwu.energy.intensity.kernel.Figure;
import io.kaiwu.energy.intensity.kernel.Gap;
import io.kaiwu.energy.meter.ManagingMeters;
import io.kaiwu.energy.meter.Meter;
import io.kaiwu.energy.metering.MeteringUnit;
import io.kaiwu.energy.output.Parts;
import io.kaiwu.energy.output.ReadingOutput;
import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.equipment.EquipmentSummary;
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
 * Energy intensity per node of the enterprise structure (site, workshop, line) or per
 * machine, by day or month. A node's energy is its metering tree's (as in
 * {@link ReadingConsumption}); a machine's is the meters on its device or, when none is
 * and the machine stands alone on its node (its work unit), the node's. Its parts are
 * those of the machines standing on the node or below it. Output value is entered per
 * site and month, so the figures per 万元 exist for a site's whole months only.
 */
@Service
public class ReadingIntensity {

	/** The longest span asked for at once: a year and a day. */
	private static final long LONGEST_DAYS = 367;

	private final ReadingConsumption consumption;

	private final ReadingOutput output;

	private final OutputValues values;

	private final ManagingMeters meters;

	private final EquipmentCatalog equipment;

	private final EnterpriseStructure structure;

	private final FactorTables published = FactorTables.load();

	ReadingIntensity(ReadingConsumption consumption, ReadingOutput output, OutputValues values, ManagingMeters meters,
			EquipmentCatalog equipment, EnterpriseStructure structure) {
		this.consumption = consumption;
		this.output = output;
		this.values = values;
		this.meters = meters;
		this.equipment = equipment;
		this.structure = structure;
	}

	/**
	 * @param nodeId a structure node, or
	 * @param equipmentId a machine (one of the two)
	 * @param from the first day (yyyy-MM-dd) at the site
	 * @param to the day after the last, exclusive
	 * @param granularity DAY (when left out) or MONTH
	 */
	@Transactional(readOnly = true)
	public IntensityReport report(TenantId tenant, @Nullable UUID nodeId, @Nullable UUID equipmentId,
			@Nullable String from, @Nullable String to, @Nullable String granularity) {
		List<FieldError> errors = new ArrayList<>();
		if ((nodeId == null) == (equipmentId == null)) {
			errors.add(new FieldError("nodeId", "energy.intensity.problem.node-or-machine"));
		}
		String by = granularity(granularity, errors);
		LocalDate first = day(from, "from", errors);
		LocalDate end = day(to, "to", errors);
		if (first != null && end != null) {
			if (!end.isAfter(first)) {
				errors.add(new FieldError("to", "energy.intensity.problem.end-after-start", end, first));
			}
			else if (first.plusDays(LONGEST_DAYS).isBefore(end)) {
				errors.add(new FieldError("to", "energy.intensity.problem.span-too-long", first, end, LONGEST_DAYS));
			}
		}
		if (!errors.isEmpty() || first == null || end == null || by == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		SiteTree tree = new SiteTree(this.structure.allNodes(tenant));
		List<EquipmentSummary> machines = this.equipment.all(tenant);
		List<Meter> all = this.meters.list(tenant);
		List<ConsumptionReport> reports = new ArrayList<>();
		List<UUID> machinesThere;
		List<String> meterCodes = new ArrayList<>();
		String subject;
		UUID id;
		String code;
		String name;
		StructureNode site;
		boolean wholeSite = false;
		if (nodeId != null) {
			StructureNode node = tree.node(nodeId);
			if (node == null) {
				throw new KaiwuProblem.NotFound("structure-node", nodeId);
			}
			subject = "NODE";
			id = node.id();
			code = node.code();
			name = node.name();
			site = tree.siteOf(nodeId);
			wholeSite = node.level() == NodeLevel.SITE;
			machinesThere = tree.machinesUnder(nodeId, machines);
			reports.add(this.consumption.report(tenant, null, nodeId, first.toString(), end.toString(), by));
		}
		else {
			EquipmentSummary machine = machines.stream()
				.filter((m) -> m.id().equals(equipmentId))
				.findFirst()
				.orElseThrow(() -> new KaiwuProblem.NotFound("equipment", equipmentId));
			subject = "MACHINE";
			id = machine.id();
			code = machine.code();
			name = machine.name();
			site = tree.siteOf(machine.nodeId());
			machinesThere = List.of(machine.id());
			List<Meter> onDevice = all.stream()
				.filter((m) -> !m.virtual() && machine.deviceId() != null && machine.deviceId().equals(m.deviceId()))
				.toList();
			for (Meter m : onDevice) {
				reports.add(this.consumption.report(tenant, m.id(), null, first.toString(), end.toString(), by));
			}
			if (onDevice.isEmpty() && tree.machinesUnder(machine.nodeId(), machines).size() == 1) {
				// the machine alone on its node (its work unit): the node's meters are
				// its own
				reports
					.add(this.consumption.report(tenant, null, machine.nodeId(), first.toString(), end.toString(), by));
			}
		}
		if (site == null) {
			throw new KaiwuProblem.NotFound("structure-node", id);
		}
		ZoneId zone = tree.zoneOf(site);
		List<ZonedDateTime> bounds = bounds(first, end, by, zone);
		Map<Instant, List<Carrier>> carriers = new HashMap<>();
		for (ConsumptionReport report : reports) {
			for (ConsumptionReport.Series s : report.series()) {
				meterCodes.addAll(s.meters());
				MeteringUnit unit = MeteringUnit.bySymbol(s.unit()).orElseThrow();
				for (ConsumptionReport.Bucket b : s.buckets()) {
					carriers.computeIfAbsent(b.start().toInstant(), (k) -> new ArrayList<>())
						.add(new Carrier(s.kind(), unit, b.quantity(), b.missingHours(), (s.coalCoefficient() != null)
								? this.published.coalCoefficient(s.coalCoefficient()).orElse(null) : null));
				}
			}
		}
		List<Parts> parts = this.output.parts(tenant, machinesThere,
				bounds.stream().map(ZonedDateTime::toInstant).toList());
		List<IntensityReport.Period> periods = new ArrayList<>();
		for (int i = 0; i + 1 < bounds.size(); i++) {
			ZonedDateTime start = bounds.get(i);
			ZonedDateTime stop = bounds.get(i + 1);
			List<Carrier> used = carriers.getOrDefault(bucketStart(start, by).toInstant(), List.of());
			Figure kWh = EnergyIntensity.kWh(used);
			Figure tce = EnergyIntensity.comprehensiveTce(used);
			Parts p = parts.get(i);
			Figure value = outputValue(tenant, site, wholeSite, start, stop, by);
			periods.add(new IntensityReport.Period(start.toOffsetDateTime(), stop.toOffsetDateTime(), kWh, tce,
					p.good(), p.reject(), p.reported(), value,
					EnergyIntensity.perGoodPart(kWh, Figure.known(BigDecimal.valueOf(p.good()))),
					EnergyIntensity.perOutputValue(tce, value), EnergyIntensity.perOutputValue(kWh, value)));
		}
		return new IntensityReport(subject, id, code, name, site.id(), by, zone.getId(),
				meterCodes.stream().distinct().sorted().toList(), machinesThere.size(), periods);
	}

	private Figure outputValue(TenantId tenant, StructureNode site, boolean wholeSite, ZonedDateTime start,
			ZonedDateTime stop, String by) {
		YearMonth month = YearMonth.from(start);
		boolean wholeMonth = start.getDayOfMonth() == 1 && stop.toLocalDate().equals(month.plusMonths(1).atDay(1));
		if (!wholeSite || !"MONTH".equals(by) || !wholeMonth) {
			return Figure.missing(Gap.OUTPUT_VALUE_PER_SITE_AND_MONTH, site.name());
		}
		return this.values.of(tenant, site.id(), month)
			.map((v) -> Figure.known(v.valueWan()))
			.orElseGet(() -> Figure.missing(Gap.NO_OUTPUT_VALUE, site.name() + " " + month));
	}

	/** The start of consumption's bucket a period falls in. */
	private static ZonedDateTime bucketStart(ZonedDateTime start, String by) {
		return "MONTH".equals(by) ? start.withDayOfMonth(1) : start;
	}

	/** The periods' starts at the site, then the end. */
	private static List<ZonedDateTime> bounds(LocalDate first, LocalDate end, String by, ZoneId zone) {
		List<ZonedDateTime> bounds = new ArrayList<>();
		LocalDate day = first;
		while (day.isBefore(end)) {
			bounds.add(day.atStartOfDay(zone));
			day = "MONTH".equals(by) ? day.withDayOfMonth(1).plusMonths(1) : day.plusDays(1);
		}
		bounds.add(end.atStartOfDay(zone));
		return bounds;
	}

	private static @Nullable String granularity(@Nullable String text, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			return "DAY";
		}
		String value = text.strip().toUpperCase(Locale.ROOT);
		if (!value.equals("DAY") && !value.equals("MONTH")) {
			errors.add(new FieldError("granularity", "energy.intensity.problem.granularity", text.strip()));
			return null;
		}
		return value;
	}

	private static @Nullable LocalDate day(@Nullable String text, String field, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			errors.add(new FieldError(field, "problem.field.required"));
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError(field, "energy.intensity.problem.date", text.strip()));
			return null;
		}
	}

}
