package io.kaiwu.energy.hint;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import io.kaiwu.energy.meter.ManagingMeters;
import io.kaiwu.energy.meter.Meter;
import io.kaiwu.energy.metering.ConsumptionInterval;
import io.kaiwu.energy.metering.CounterReading;
import io.kaiwu.energy.metering.Counters;
import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.metering.MeteringUnit;
import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.equipment.EquipmentSummary;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Looks at what each machine's own electricity meter counted while the machine stood. A
 * machine's own meter reads the machine's device; when none does, it is the one
 * electricity meter on the machine's node, if the machine is the only one there (a power
 * meter beside the machine, as in the demo plant).
 */
@Component
class IdleFinder {

	private final ManagingMeters meters;

	private final EquipmentCatalog equipment;

	private final MachineStates states;

	private final DeviceReadings readings;

	private final SiteTariffs tariffs;

	IdleFinder(ManagingMeters meters, EquipmentCatalog equipment, MachineStates states, DeviceReadings readings,
			SiteTariffs tariffs) {
		this.meters = meters;
		this.equipment = equipment;
		this.states = states;
		this.readings = readings;
		this.tariffs = tariffs;
	}

	List<Finding> find(TenantId tenant, Instant from, Instant to) {
		List<Meter> electricity = this.meters.list(tenant)
			.stream()
			.filter((m) -> !m.virtual() && m.kind() == MeterKind.ELECTRICITY && m.deviceId() != null
					&& m.counterProperty() != null)
			.toList();
		List<EquipmentSummary> machines = this.equipment.all(tenant);
		List<Finding> found = new ArrayList<>();
		for (EquipmentSummary machine : machines) {
			Meter meter = ownMeter(machine, machines, electricity);
			if (meter == null) {
				continue;
			}
			List<StateChange> changes = this.states.changes(tenant, machine.id(), from, to);
			if (changes.isEmpty()) {
				continue;
			}
			List<ConsumptionInterval> intervals = intervalsInKWh(tenant, meter, from, to);
			IdleEnergy idle = IdleRunning.idleEnergy(intervals, changes);
			if (idle.kWh().signum() > 0 && !idle.observed().isZero()) {
				found.add(finding(tenant, machine, meter, intervals, idle));
			}
		}
		return found;
	}

	private static @Nullable Meter ownMeter(EquipmentSummary machine, List<EquipmentSummary> machines,
			List<Meter> electricity) {
		if (machine.deviceId() != null) {
			Optional<Meter> onDevice = electricity.stream()
				.filter((m) -> machine.deviceId().equals(m.deviceId()))
				.findFirst();
			if (onDevice.isPresent()) {
				return onDevice.get();
			}
		}
		long machinesOnNode = machines.stream().filter((m) -> m.nodeId().equals(machine.nodeId())).count();
		List<Meter> onNode = electricity.stream().filter((m) -> m.nodeId().equals(machine.nodeId())).toList();
		return (machinesOnNode == 1 && onNode.size() == 1) ? onNode.get(0) : null;
	}

	private List<ConsumptionInterval> intervalsInKWh(TenantId tenant, Meter meter, Instant from, Instant to) {
		List<CounterReading> counter = this.readings
			.minuteLasts(tenant, java.util.Objects.requireNonNull(meter.deviceId()),
					java.util.Objects.requireNonNull(meter.counterProperty()), from, to)
			.stream()
			.map((r) -> CounterReading.of(r.at(), BigDecimal.valueOf(r.value())))
			.toList();
		BigDecimal toKWh = meter.kind().convert(BigDecimal.ONE, meter.unit(), MeteringUnit.KWH);
		return Counters.intervals(counter, meter.counterSettings())
			.intervals()
			.stream()
			.map((i) -> (i.consumption() == null) ? i
					: new ConsumptionInterval(i.start(), i.end(), i.status(), i.consumption().multiply(toKWh),
							i.acrossGap()))
			.toList();
	}

	private Finding finding(TenantId tenant, EquipmentSummary machine, Meter meter, List<ConsumptionInterval> intervals,
			IdleEnergy idle) {
		Optional<SiteTariffs.Priced> priced = this.tariffs.of(tenant, meter.nodeId());
		BigDecimal cost = null;
		if (priced.isPresent()) {
			cost = BigDecimal.ZERO;
			for (IdleEnergy.Part part : idle.parts()) {
				cost = cost.add(priced.get().cost(part.start(), part.end(), part.kWh()));
			}
		}
		BigDecimal scale = PerMonth.scale(idle.observed());
		BigDecimal kWhPerMonth = idle.kWh().multiply(scale);
		Map<String, @Nullable BigDecimal> figures = new LinkedHashMap<>();
		figures.put("standingKWh", PerMonth.kWh(idle.kWh()));
		figures.put("standingHours", PerMonth.hours(idle.standing()));
		figures.put("observedHours", PerMonth.hours(idle.observed()));
		figures.put("standingKw", idle.standing().isZero() ? null
				: PerMonth.kWh(idle.kWh().divide(PerMonth.hours(idle.standing()), java.math.MathContext.DECIMAL64)));
		figures.put("standingCost", PerMonth.money(cost));
		Instant first = intervals.stream().map(ConsumptionInterval::start).min(Instant::compareTo).orElseThrow();
		Instant last = intervals.stream().map(ConsumptionInterval::end).max(Instant::compareTo).orElseThrow();
		return new Finding(tenant, SuggestionKind.SWITCH_OFF_IDLE, machine.id(), machine.code(), machine.name(),
				PerMonth.money((cost != null) ? cost.multiply(scale) : null), PerMonth.kWh(kWhPerMonth),
				PerMonth.tce(kWhPerMonth), figures, evidence(intervals, idle, first, last), first, last);
	}

	/**
	 * The meter's kWh hour by hour and the part of it drawn standing; gaps stay empty.
	 */
	private static Evidence evidence(List<ConsumptionInterval> intervals, IdleEnergy idle, Instant first,
			Instant last) {
		Map<Instant, BigDecimal> metered = new HashMap<>();
		for (ConsumptionInterval i : intervals) {
			if (i.consumption() != null) {
				metered.merge(i.start().truncatedTo(ChronoUnit.HOURS), i.consumption(), BigDecimal::add);
			}
		}
		Map<Instant, BigDecimal> standing = new HashMap<>();
		idle.parts().forEach((p) -> standing.merge(p.start().truncatedTo(ChronoUnit.HOURS), p.kWh(), BigDecimal::add));
		TreeMap<Instant, Boolean> hours = new TreeMap<>();
		for (Instant h = first.truncatedTo(ChronoUnit.HOURS); h.isBefore(last); h = h.plus(Duration.ofHours(1))) {
			hours.put(h, metered.containsKey(h));
		}
		List<Evidence.Point> meterPoints = new ArrayList<>();
		List<Evidence.Point> standingPoints = new ArrayList<>();
		hours.forEach((h, known) -> {
			meterPoints.add(new Evidence.Point(h.toEpochMilli(), known ? round(metered.get(h)) : null));
			standingPoints.add(new Evidence.Point(h.toEpochMilli(),
					known ? round(standing.getOrDefault(h, BigDecimal.ZERO)) : null));
		});
		return new Evidence("kWh", List.of(new Evidence.Series("meterKWh", meterPoints),
				new Evidence.Series("standingKWh", standingPoints)));
	}

	private static double round(BigDecimal value) {
		return PerMonth.kWh(value).doubleValue();
	}

}
