package io.kaiwu.equipment.effectiveness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.equipment.oee.CombinedOee;
import io.kaiwu.equipment.oee.Oee;
import io.kaiwu.equipment.oee.ProductionPeriod;
import io.kaiwu.equipment.oee.TimeAccount;
import io.kaiwu.equipment.registry.Equipment;
import io.kaiwu.equipment.registry.ManagingEquipment;
import io.kaiwu.equipment.signals.MachineSignals;
import io.kaiwu.equipment.signals.SignalMapping;
import io.kaiwu.equipment.timeline.MachineHistory;
import io.kaiwu.equipment.timeline.PartsCount;
import io.kaiwu.equipment.timeline.PartsCounts;
import io.kaiwu.equipment.timeline.StateIntervals;
import io.kaiwu.masterdata.PlannedShift;
import io.kaiwu.masterdata.SiteWorkingTime;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OEE of a machine, or of the machines on a structure node, per shift or per day of the
 * site's shift calendar. Planned working time comes from the calendar
 * ({@link SiteWorkingTime}); time after now is not counted yet. Parts come from the
 * machine's counters, except where output was reported (报工): a counter count whose minute
 * starts inside a reported period is replaced by the reported one.
 */
@Service
public class MeasuringOee {

	/** Message key: the period has no planned production time. */
	public static final String NO_PLANNED_TIME = "equipment.oee.reason.no-planned-time";

	/** Message key: the machine has no ideal cycle time. */
	public static final String NO_IDEAL_CYCLE_TIME = "equipment.oee.reason.no-ideal-cycle-time";

	private final ManagingEquipment equipment;

	private final MachineSignals signals;

	private final StateIntervals intervals;

	private final PartsCounts counts;

	private final SiteWorkingTime calendars;

	private final EnterpriseStructure structure;

	private final Clock clock;

	MeasuringOee(ManagingEquipment equipment, MachineSignals signals, StateIntervals intervals, PartsCounts counts,
			SiteWorkingTime calendars, EnterpriseStructure structure) {
		this.equipment = equipment;
		this.signals = signals;
		this.intervals = intervals;
		this.counts = counts;
		this.calendars = calendars;
		this.structure = structure;
		this.clock = Clock.systemUTC();
	}

	/** A planned period: its label and its working windows. */
	private record Slot(String label, LocalDate day, Instant from, Instant to, List<TimeAccount.Window> windows) {
	}

	/** What one machine did in one slot. */
	private record Share(TimeAccount time, long good, long reject, boolean reported,
			@Nullable ProductionPeriod period) {
	}

	/**
	 * One machine's OEE per period. A machine without an ideal cycle time or on a site
	 * without a shift calendar is answered with the reason (409).
	 */
	@Transactional(readOnly = true)
	public List<OeePeriod> machine(TenantId tenant, UUID equipmentId, Instant from, Instant to, Grouping by) {
		MachineHistory.checkSpan(from, to);
		Equipment machine = this.equipment.get(tenant, equipmentId);
		if (machine.idealCycleTime() == null) {
			throw new KaiwuProblem.Conflict("problem.equipment.oee.no-ideal-cycle-time", machine.code());
		}
		StructureNode site = siteOf(tenant, machine.nodeId());
		List<OeePeriod> periods = new ArrayList<>();
		for (Slot slot : slots(tenant, site, from, to, by)) {
			Share share = share(tenant, machine, slot);
			Oee oee = (share.period() != null) ? Oee.of(share.period()) : null;
			periods.add(new OeePeriod(slot.label(), slot.day(), slot.from(), slot.to(), share.time(), share.good(),
					share.reject(), share.reported(), oee, (oee != null) ? null : NO_PLANNED_TIME, List.of()));
		}
		return periods;
	}

	/**
	 * The OEE of the machines on a node and below it (a line, a workshop) per period,
	 * combined time-weighted, with each machine's figures. Machines without an ideal
	 * cycle time are listed with the reason and left out of the combined figures.
	 */
	@Transactional(readOnly = true)
	public List<OeePeriod> node(TenantId tenant, UUID nodeId, Instant from, Instant to, Grouping by) {
		MachineHistory.checkSpan(from, to);
		StructureNode node = this.structure.findNode(tenant, nodeId)
			.orElseThrow(() -> new KaiwuProblem.NotFound("plant-node", nodeId));
		List<Equipment> machines = this.equipment.under(tenant, node.id());
		StructureNode site = siteOf(tenant, node.id());
		List<OeePeriod> periods = new ArrayList<>();
		for (Slot slot : slots(tenant, site, from, to, by)) {
			TimeAccount time = TimeAccount.none();
			long good = 0;
			long reject = 0;
			boolean reported = false;
			List<ProductionPeriod> counted = new ArrayList<>();
			List<OeePeriod.MachineFigures> figures = new ArrayList<>();
			for (Equipment machine : machines) {
				if (machine.idealCycleTime() == null) {
					figures.add(new OeePeriod.MachineFigures(machine.id(), machine.code(), null, NO_IDEAL_CYCLE_TIME));
					continue;
				}
				Share share = share(tenant, machine, slot);
				time = time.plus(share.time());
				good += share.good();
				reject += share.reject();
				reported |= share.reported();
				if (share.period() != null) {
					counted.add(share.period());
				}
				figures.add(new OeePeriod.MachineFigures(machine.id(), machine.code(),
						(share.period() != null) ? Oee.of(share.period()) : null,
						(share.period() != null) ? null : NO_PLANNED_TIME));
			}
			Oee combined = counted.isEmpty() ? null : CombinedOee.of(counted);
			periods.add(new OeePeriod(slot.label(), slot.day(), slot.from(), slot.to(), time, good, reject, reported,
					combined, (combined != null) ? null : NO_PLANNED_TIME, figures));
		}
		return periods;
	}

	private Share share(TenantId tenant, Equipment machine, Slot slot) {
		Instant now = this.clock.instant();
		List<TimeAccount.StateSpan> states = this.intervals.overlapping(tenant, machine.id(), slot.from(), slot.to())
			.stream()
			.map((i) -> new TimeAccount.StateSpan(i.state(), i.startedAt(), (i.endedAt() != null) ? i.endedAt() : now))
			.filter((s) -> s.end().isAfter(s.start()))
			.toList();
		Duration threshold = this.signals.find(tenant, machine.id())
			.map(SignalMapping::minorStopThreshold)
			.orElse(null);
		TimeAccount time = TimeAccount.of(slot.windows(), states, threshold);

		List<PartsCount> reportedPeriods = this.counts.reportedOverlapping(tenant, machine.id(), slot.from(),
				slot.to());
		long good = 0;
		long reject = 0;
		boolean reported = false;
		for (PartsCount c : this.counts.startingIn(tenant, machine.id(), slot.from(), slot.to())) {
			if (!c.reported() && reportedPeriods.stream()
				.anyMatch((r) -> !c.from().isBefore(r.from()) && c.from().isBefore(r.to()))) {
				continue;
			}
			reported |= c.reported();
			good += c.good();
			reject += c.reject();
		}
		ProductionPeriod period = null;
		if (time.plannedProduction().compareTo(Duration.ZERO) > 0 && machine.idealCycleTime() != null) {
			period = time.period(machine.idealCycleTime(), good + reject, reject);
		}
		return new Share(time, good, reject, reported, period);
	}

	private List<Slot> slots(TenantId tenant, StructureNode site, Instant from, Instant to, Grouping by) {
		Instant now = this.clock.instant();
		List<Slot> slots = new ArrayList<>();
		if (by == Grouping.SHIFT) {
			for (PlannedShift shift : plannedShifts(tenant, site, from, to)) {
				slots.add(new Slot(shift.name(), shift.day(), shift.start(), shift.end(), windows(shift, now)));
			}
			return slots;
		}
		ZoneId zone = ZoneId.of((site.timeZone() != null) ? site.timeZone() : "Asia/Shanghai");
		for (LocalDate day = from.atZone(zone).toLocalDate(); day.atStartOfDay(zone)
			.toInstant()
			.isBefore(to); day = day.plusDays(1)) {
			Instant start = max(from, day.atStartOfDay(zone).toInstant());
			Instant end = min(to, day.plusDays(1).atStartOfDay(zone).toInstant());
			List<TimeAccount.Window> windows = new ArrayList<>();
			for (PlannedShift shift : plannedShifts(tenant, site, start, end)) {
				windows.addAll(windows(shift, now));
			}
			slots.add(new Slot(day.toString(), day, start, end, windows));
		}
		return slots;
	}

	private List<PlannedShift> plannedShifts(TenantId tenant, StructureNode site, Instant from, Instant to) {
		return this.calendars.plannedShifts(tenant, site.id(), from, to)
			.orElseThrow(() -> new KaiwuProblem.Conflict("problem.equipment.oee.no-calendar", site.name()));
	}

	/** The shift's working windows up to now: time still to come is not lost yet. */
	private static List<TimeAccount.Window> windows(PlannedShift shift, Instant now) {
		return shift.working()
			.stream()
			.filter((w) -> w.start().isBefore(now))
			.map((w) -> new TimeAccount.Window(w.start(), min(w.end(), now)))
			.toList();
	}

	private StructureNode siteOf(TenantId tenant, UUID nodeId) {
		Optional<StructureNode> node = this.structure.findNode(tenant, nodeId);
		while (node.isPresent() && node.get().level() != NodeLevel.SITE && node.get().parentId() != null) {
			node = this.structure.findNode(tenant, node.get().parentId());
		}
		return node.filter((n) -> n.level() == NodeLevel.SITE)
			.orElseThrow(() -> new KaiwuProblem.NotFound("plant-node", nodeId));
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
