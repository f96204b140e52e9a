package io.kaiwu.energy.consumption;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaiwu.energy.carbon.CoalCoefficient;
import io.kaiwu.energy.carbon.EmissionFactor;
import io.kaiwu.energy.carbon.FactorTables;
import io.kaiwu.energy.meter.ManagingMeters;
import io.kaiwu.energy.meter.Meter;
import io.kaiwu.energy.metering.HourStatus;
import io.kaiwu.energy.metering.MeterHour;
import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.metering.MeteringUnit;
import io.kaiwu.energy.pricing.ManagingTariffs;
import io.kaiwu.energy.pricing.StoredTariff;
import io.kaiwu.energy.tariff.TariffSplit;
import io.kaiwu.energy.tariff.TouPeriod;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds up the stored hours by hour, day or month of the site's calendar, for one meter or
 * for a node of the enterprise structure. A virtual meter's hour is its terms' hours
 * added and subtracted, missing when any of them is. A node adds the physical meters hung
 * on it and below it, leaving out a meter whose upstream meter is counted already (it is
 * inside that one's consumption); its virtual meters are not added, they are made of
 * meters counted already. Electricity is priced hour by hour under the site's tariff
 * (split over 尖峰平谷 in proportion to time); tce uses the GB/T 2589 coefficient and CO₂ the
 * default emission factor of the meter's kind.
 */
@Service
public class ReadingConsumption {

	/** The longest span asked for at once: a year and a day. */
	private static final Duration LONGEST = Duration.ofDays(367);

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final ManagingMeters meters;

	private final ManagingTariffs tariffs;

	private final EnterpriseStructure structure;

	private final ConsumptionRecords records;

	private final FactorTables published = FactorTables.load();

	ReadingConsumption(ManagingMeters meters, ManagingTariffs tariffs, EnterpriseStructure structure,
			ConsumptionRecords records) {
		this.meters = meters;
		this.tariffs = tariffs;
		this.structure = structure;
		this.records = records;
	}

	/**
	 * @param meterId the meter, or
	 * @param nodeId the structure node (one of the two)
	 * @param from a date (the start of that day at the site) or an ISO instant
	 * @param to the same, exclusive
	 * @param granularity HOUR (when left out), DAY or MONTH
	 */
	@Transactional(readOnly = true)
	public ConsumptionReport report(TenantId tenant, @Nullable UUID meterId, @Nullable UUID nodeId,
			@Nullable String from, @Nullable String to, @Nullable String granularity) {
		List<FieldError> errors = new ArrayList<>();
		if ((meterId == null) == (nodeId == null)) {
			errors.add(new FieldError("meterId", "problem.energy.meter-or-node"));
		}
		Granularity by = granularity(granularity, errors);
		List<Meter> all = this.meters.list(tenant);
		Map<UUID, StructureNode> nodes = this.structure.allNodes(tenant)
			.stream()
			.collect(Collectors.toMap(StructureNode::id, Function.identity()));
		Meter meter = null;
		if (meterId != null) {
			meter = all.stream()
				.filter((m) -> m.id().equals(meterId))
				.findFirst()
				.orElseThrow(() -> new KaiwuProblem.NotFound("energy-meter", meterId));
		}
		if (nodeId != null && !nodes.containsKey(nodeId)) {
			errors.add(new FieldError("nodeId", "problem.energy.unknown-node", nodeId));
		}
		UUID anchor = (meter != null) ? meter.nodeId() : nodeId;
		StructureNode site = (anchor != null) ? siteOf(anchor, nodes) : null;
		ZoneId zone = zoneOf(site);
		Instant start = instant(from, "from", zone, errors);
		Instant end = instant(to, "to", zone, errors);
		if (start != null && end != null) {
			if (!end.isAfter(start)) {
				errors.add(new FieldError("to", "problem.energy.end-after-start", to, from));
			}
			else if (Duration.between(start, end).compareTo(LONGEST) > 0) {
				errors.add(new FieldError("to", "problem.energy.span-too-long", from, to, LONGEST.toDays()));
			}
		}
		if (!errors.isEmpty() || start == null || end == null || by == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Optional<StoredTariff> tariff = (site != null) ? this.tariffs.ofSite(tenant, site.id()) : Optional.empty();
		Map<UUID, Meter> byId = all.stream().collect(Collectors.toMap(Meter::id, Function.identity()));
		List<Instant> hours = new ArrayList<>();
		for (Instant h = start; h.isBefore(end); h = h.plus(Duration.ofHours(1))) {
			hours.add(h);
		}
		Map<MeterKind, List<Meter>> groups = new EnumMap<>(MeterKind.class);
		if (meter != null) {
			groups.put(meter.kind(), List.of(meter));
		}
		else {
			for (Meter m : countedOnNode(all, subtree(nodeId, nodes.values()))) {
				groups.computeIfAbsent(m.kind(), (k) -> new ArrayList<>()).add(m);
			}
		}
		Set<UUID> physical = new HashSet<>();
		groups.values().forEach((group) -> group.forEach((m) -> collectPhysical(m, byId, physical)));
		Map<UUID, Map<Instant, MeterHour>> stored = this.records.hours(tenant, physical, start, end);
		List<ConsumptionReport.Series> series = new ArrayList<>();
		for (Map.Entry<MeterKind, List<Meter>> group : groups.entrySet()) {
			MeteringUnit unit = (meter != null) ? meter.unit() : group.getKey().usualUnit();
			Map<Instant, BigDecimal> values = groupValues(group.getValue(), unit, hours, byId, stored);
			Set<UUID> inGroup = new HashSet<>();
			group.getValue().forEach((m) -> collectPhysical(m, byId, inGroup));
			Map<Instant, List<String>> flagged = flagged(inGroup, byId, stored);
			series.add(series(group.getKey(), unit, group.getValue(), values, flagged, hours, by, zone,
					(group.getKey() == MeterKind.ELECTRICITY) ? tariff.orElse(null) : null));
		}
		return new ConsumptionReport(by, zone.getId(), start.atZone(zone).toOffsetDateTime(),
				end.atZone(zone).toOffsetDateTime(), series);
	}

	/**
	 * The physical meters a node's consumption adds up: the top of each branch of the
	 * metering tree on the node and below it.
	 */
	@Transactional(readOnly = true)
	public List<Meter> countedOn(TenantId tenant, UUID nodeId) {
		return countedOnNode(this.meters.list(tenant), subtree(nodeId, this.structure.allNodes(tenant)));
	}

	/** Each of the tenant's physical meters' last hour worked out, by meter. */
	@Transactional(readOnly = true)
	public Map<UUID, MeterHour> lastHours(TenantId tenant) {
		return this.records.lastHours(tenant);
	}

	/** The time zone of the site a node is in (Asia/Shanghai when it has none). */
	@Transactional(readOnly = true)
	public ZoneId timeZoneOf(TenantId tenant, UUID nodeId) {
		Map<UUID, StructureNode> nodes = this.structure.allNodes(tenant)
			.stream()
			.collect(Collectors.toMap(StructureNode::id, Function.identity()));
		return zoneOf(siteOf(nodeId, nodes));
	}

	private ConsumptionReport.Series series(MeterKind kind, MeteringUnit unit, List<Meter> group,
			Map<Instant, BigDecimal> values, Map<Instant, List<String>> flagged, List<Instant> hours, Granularity by,
			ZoneId zone, @Nullable StoredTariff tariff) {
		CoalCoefficient coal = this.published.defaultCoalCoefficient(kind, unit).orElse(null);
		EmissionFactor factor = this.published.defaultEmissionFactor(kind, unit).orElse(null);
		Map<ZonedDateTime, BucketSum> buckets = new LinkedHashMap<>();
		for (Instant hour : hours) {
			ZonedDateTime local = hour.atZone(zone);
			BucketSum bucket = buckets.computeIfAbsent(by.bucketOf(local), (k) -> new BucketSum());
			bucket.hours++;
			bucket.flagged.addAll(flagged.getOrDefault(hour, List.of()));
			BigDecimal quantity = values.get(hour);
			if (quantity == null) {
				bucket.missing++;
				continue;
			}
			bucket.quantity = bucket.quantity.add(quantity);
			if (tariff != null) {
				BigDecimal kWh = kind.convert(quantity, unit, MeteringUnit.KWH);
				TariffSplit split = tariff.tariff().split(hour, hour.plus(Duration.ofHours(1)), kWh, zone);
				for (TariffSplit.PeriodCost part : split.parts()) {
					bucket.kWhByPeriod.merge(part.period(), part.kWh(), BigDecimal::add);
					bucket.costByPeriod.merge(part.period(), part.cost(), BigDecimal::add);
				}
			}
		}
		List<ConsumptionReport.Bucket> answer = new ArrayList<>();
		for (Map.Entry<ZonedDateTime, BucketSum> entry : buckets.entrySet()) {
			BucketSum b = entry.getValue();
			boolean anyKnown = b.missing < b.hours;
			BigDecimal quantity = anyKnown ? b.quantity.setScale(3, RoundingMode.HALF_UP) : null;
			BigDecimal tce = (anyKnown && coal != null)
					? coal.tce(b.quantity, kind, unit).setScale(6, RoundingMode.HALF_UP) : null;
			BigDecimal co2 = (anyKnown && factor != null)
					? factor.tonnesCo2(b.quantity, unit).setScale(6, RoundingMode.HALF_UP) : null;
			BigDecimal cost = (anyKnown && tariff != null) ? b.costByPeriod.values()
				.stream()
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.setScale(2, RoundingMode.HALF_UP) : null;
			Map<TouPeriod, BigDecimal> kWhByPeriod = new EnumMap<>(TouPeriod.class);
			b.kWhByPeriod.forEach((p, v) -> kWhByPeriod.put(p, v.setScale(3, RoundingMode.HALF_UP)));
			Map<TouPeriod, BigDecimal> costByPeriod = new EnumMap<>(TouPeriod.class);
			b.costByPeriod.forEach((p, v) -> costByPeriod.put(p, v.setScale(2, RoundingMode.HALF_UP)));
			answer.add(new ConsumptionReport.Bucket(entry.getKey().toOffsetDateTime(), b.hours, b.missing,
					b.missing == 0, quantity, tce, co2, cost, kWhByPeriod, costByPeriod, List.copyOf(b.flagged)));
		}
		return new ConsumptionReport.Series(kind, unit.symbol(), group.stream().map(Meter::code).sorted().toList(),
				(tariff != null) ? tariff.code() : null, (coal != null) ? coal.code() : null,
				(factor != null) ? factor.code() : null, answer);
	}

	/** What a bucket adds up while the hours go by. */
	private static final class BucketSum {

		int hours;

		int missing;

		BigDecimal quantity = BigDecimal.ZERO;

		final Map<TouPeriod, BigDecimal> kWhByPeriod = new EnumMap<>(TouPeriod.class);

		final Map<TouPeriod, BigDecimal> costByPeriod = new EnumMap<>(TouPeriod.class);

		final List<String> flagged = new ArrayList<>();

	}

	/** The reasons of the flagged hours of the meters, "code: reason", by hour. */
	private static Map<Instant, List<String>> flagged(Set<UUID> meters, Map<UUID, Meter> byId,
			Map<UUID, Map<Instant, MeterHour>> stored) {
		Map<Instant, List<String>> flagged = new HashMap<>();
		for (UUID id : meters) {
			for (MeterHour hour : stored.getOrDefault(id, Map.of()).values()) {
				if (hour.status() == HourStatus.FLAGGED) {
					flagged.computeIfAbsent(hour.start(), (h) -> new ArrayList<>())
						.add(byId.get(id).code() + ": " + hour.reason());
				}
			}
		}
		return flagged;
	}

	/** The group's hours in its unit; an hour is absent when any meter's is missing. */
	private static Map<Instant, BigDecimal> groupValues(List<Meter> group, MeteringUnit unit, List<Instant> hours,
			Map<UUID, Meter> byId, Map<UUID, Map<Instant, MeterHour>> stored) {
		Map<Instant, BigDecimal> sum = null;
		for (Meter m : group) {
			Map<Instant, BigDecimal> values = meterValues(m, unit, hours, byId, stored);
			if (sum == null) {
				sum = values;
				continue;
			}
			Map<Instant, BigDecimal> both = new HashMap<>();
			for (Map.Entry<Instant, BigDecimal> e : sum.entrySet()) {
				BigDecimal other = values.get(e.getKey());
				if (other != null) {
					both.put(e.getKey(), e.getValue().add(other));
				}
			}
			sum = both;
		}
		return (sum != null) ? sum : Map.of();
	}

	/**
	 * A meter's known hours in {@code unit}: stored for a physical meter, its terms added
	 * and subtracted for a virtual one (cycles were refused when it was created).
	 */
	private static Map<Instant, BigDecimal> meterValues(Meter meter, MeteringUnit unit, List<Instant> hours,
			Map<UUID, Meter> byId, Map<UUID, Map<Instant, MeterHour>> stored) {
		Map<Instant, BigDecimal> values = new HashMap<>();
		if (!meter.virtual()) {
			Map<Instant, MeterHour> own = stored.getOrDefault(meter.id(), Map.of());
			for (Instant hour : hours) {
				MeterHour h = own.get(hour);
				if (h != null && h.quantity() != null) {
					values.put(hour, meter.kind().convert(h.quantity(), meter.unit(), unit));
				}
			}
			return values;
		}
		List<Map<Instant, BigDecimal>> terms = new ArrayList<>();
		for (Meter.Term term : meter.terms()) {
			Meter termMeter = byId.get(term.meterId());
			terms.add((termMeter != null) ? meterValues(termMeter, unit, hours, byId, stored) : Map.of());
		}
		for (Instant hour : hours) {
			BigDecimal total = BigDecimal.ZERO;
			boolean known = true;
			for (int i = 0; i < terms.size() && known; i++) {
				BigDecimal v = terms.get(i).get(hour);
				known = v != null;
				if (known) {
					total = meter.terms().get(i).subtract() ? total.subtract(v) : total.add(v);
				}
			}
			if (known) {
				values.put(hour, total);
			}
		}
		return values;
	}

	private static void collectPhysical(Meter meter, Map<UUID, Meter> byId, Set<UUID> physical) {
		if (!meter.virtual()) {
			physical.add(meter.id());
			return;
		}
		for (Meter.Term term : meter.terms()) {
			Meter termMeter = byId.get(term.meterId());
			if (termMeter != null) {
				collectPhysical(termMeter, byId, physical);
			}
		}
	}

	/**
	 * The physical meters on the nodes whose upstream meter is not among them: the top of
	 * each branch of the metering tree inside the node.
	 */
	private static List<Meter> countedOnNode(List<Meter> all, Set<UUID> nodes) {
		List<Meter> on = all.stream().filter((m) -> !m.virtual() && nodes.contains(m.nodeId())).toList();
		Set<UUID> ids = on.stream().map(Meter::id).collect(Collectors.toSet());
		return on.stream().filter((m) -> m.parentId() == null || !ids.contains(m.parentId())).toList();
	}

	private static Set<UUID> subtree(@Nullable UUID root, Iterable<StructureNode> nodes) {
		Set<UUID> inside = new HashSet<>();
		if (root == null) {
			return inside;
		}
		inside.add(root);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (StructureNode n : nodes) {
				if (n.parentId() != null && inside.contains(n.parentId()) && inside.add(n.id())) {
					grew = true;
				}
			}
		}
		return inside;
	}

	private static @Nullable StructureNode siteOf(UUID node, Map<UUID, StructureNode> nodes) {
		StructureNode n = nodes.get(node);
		while (n != null && n.parentId() != null) {
			n = nodes.get(n.parentId());
		}
		return n;
	}

	private static ZoneId zoneOf(@Nullable StructureNode site) {
		if (site == null || FieldChecks.blank(site.timeZone())) {
			return CHINA;
		}
		try {
			return ZoneId.of(site.timeZone());
		}
		catch (DateTimeException ex) {
			return CHINA;
		}
	}

	private static @Nullable Granularity granularity(@Nullable String text, List<FieldError> errors) {
		if (FieldChecks.blank(text)) {
			return Granularity.HOUR;
		}
		try {
			return Granularity.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.add(new FieldError("granularity", "problem.energy.granularity", text));
			return null;
		}
	}

	/**
	 * A date is the start of that day at the site; an instant is taken down to its hour.
	 */
	private static @Nullable Instant instant(@Nullable String text, String field, ZoneId zone,
			List<FieldError> errors) {
		if (FieldChecks.blank(text)) {
			errors.add(new FieldError(field, "problem.field.required"));
			return null;
		}
		String value = text.strip();
		try {
			if (value.length() == 10) {
				return LocalDate.parse(value).atStartOfDay(zone).toInstant();
			}
			return OffsetDateTime.parse(value).toInstant().truncatedTo(ChronoUnit.HOURS);
		}
		catch (DateTimeException ex) {
			errors.add(new FieldError(field, "problem.energy.date-or-time", value));
			return null;
		}
	}

}
