package io.kaiwu.maintenance.usage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.equipment.MachineState;
import io.kaiwu.equipment.MachineStateChanged;
import io.kaiwu.equipment.PartsCounted;
import io.kaiwu.maintenance.kernel.Period;
import io.kaiwu.maintenance.usage.UsageRecords.StateChange;
import io.kaiwu.shared.TenantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each machine's usage meter. Events may arrive out of order (the listeners run
 * apart): each state change is put in its place between the changes before and after it
 * in time, and the running time of the stretches it splits is corrected, so the meter
 * ends the same whatever the order. Counted parts add up, each count once by its id, so a
 * count delivered twice or late adds its parts once.
 */
@Service
public class UsageMeters {

	private final UsageRecords records;

	UsageMeters(UsageRecords records) {
		this.records = records;
	}

	@Transactional(readOnly = true)
	public UsageMeter reading(TenantId tenant, UUID equipmentId) {
		return this.records.find(tenant, equipmentId).orElse(UsageMeter.none(equipmentId));
	}

	/** Counts a state change; the meter stays locked until the caller's commit. */
	@Transactional
	public UsageMeter stateChanged(MachineStateChanged change) {
		TenantId tenant = change.tenant();
		UUID machine = change.equipmentId();
		UsageMeter meter = this.records.lock(tenant, machine, change.to(), change.at());
		StateChange inserted = new StateChange(change.at(), change.to());
		if (!this.records.insertChange(tenant, machine, inserted)) {
			return meter;
		}
		Optional<StateChange> before = this.records.before(tenant, machine, change.at());
		Optional<StateChange> after = this.records.after(tenant, machine, change.at());
		long running = meter.runningSeconds();
		if (before.isPresent() && before.get().state() == MachineState.RUNNING) {
			// the stretch from the change before now ends at this change, not at the one
			// after
			running -= after.map((a) -> seconds(before.get().at(), a.at())).orElse(0L);
			running += seconds(before.get().at(), change.at());
		}
		if (change.to() == MachineState.RUNNING && after.isPresent()) {
			running += seconds(change.at(), after.get().at());
		}
		UsageMeter changed = after.isPresent()
				? new UsageMeter(machine, meter.state(), meter.since(), running, meter.parts())
				: new UsageMeter(machine, change.to(), change.at(), running, meter.parts());
		this.records.update(tenant, changed);
		return changed;
	}

	/**
	 * Adds counted parts, unless this count was added before; the meter stays locked
	 * until the caller's commit.
	 */
	@Transactional
	public UsageMeter partsCounted(PartsCounted counted) {
		UsageMeter meter = this.records.lock(counted.tenant(), counted.equipmentId(), MachineState.IDLE, Instant.EPOCH);
		if (!this.records.insertCount(counted.tenant(), counted)) {
			return meter;
		}
		UsageMeter after = new UsageMeter(meter.equipmentId(), meter.state(), meter.since(), meter.runningSeconds(),
				Math.addExact(meter.parts(), counted.totalCount()));
		this.records.update(counted.tenant(), after);
		return after;
	}

	/** The parts (good and rejects) of the counts whose minute starts in [from, to). */
	@Transactional(readOnly = true)
	public long partsCounted(TenantId tenant, UUID equipmentId, Instant from, Instant to) {
		return this.records.partsBetween(tenant, equipmentId, from, to);
	}

	/**
	 * The RUNNING stretches inside [from, to); the machine's latest state counts up to
	 * {@code now}.
	 */
	@Transactional(readOnly = true)
	public List<Period> running(TenantId tenant, UUID equipmentId, Instant from, Instant to, Instant now) {
		List<StateChange> changes = new ArrayList<>();
		this.records.before(tenant, equipmentId, from).ifPresent(changes::add);
		changes.addAll(this.records.between(tenant, equipmentId, from, to));
		Instant lastEnd = this.records.after(tenant, equipmentId, to.minusNanos(1))
			.map(StateChange::at)
			.orElse(now.isBefore(to) ? now : to);
		List<Period> periods = new ArrayList<>();
		for (int i = 0; i < changes.size(); i++) {
			StateChange change = changes.get(i);
			Instant end = (i + 1 < changes.size()) ? changes.get(i + 1).at() : lastEnd;
			if (change.state() == MachineState.RUNNING && end.isAfter(change.at())) {
				periods.add(new Period(change.at(), end));
			}
		}
		return periods;
	}

	private static long seconds(Instant from, Instant to) {
		return Duration.between(from, to).toSeconds();
	}

}
