package io.kaiwu.maintenance.usage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kaiwu.equipment.MachineState;
import io.kaiwu.equipment.MachineStateChanged;
import io.kaiwu.equipment.PartsCounted;
import io.kaiwu.maintenance.kernel.Period;
import io.kaiwu.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each machine's usage meter: a RUNNING period that ends adds its seconds (and is
 * kept for MTBF), counted parts add up. A state change older than the meter's last one
 * arrived late and is not counted again.
 */
@Service
public class UsageMeters {

	private static final Logger log = LoggerFactory.getLogger(UsageMeters.class);

	private final UsageRecords records;

	UsageMeters(UsageRecords records) {
		this.records = records;
	}

	@Transactional(readOnly = true)
	public UsageMeter reading(TenantId tenant, UUID equipmentId) {
		return this.records.find(tenant, equipmentId).orElse(UsageMeter.none(equipmentId));
	}

	/** Counts a state change; the caller's transaction holds the meter's lock. */
	@Transactional
	public UsageMeter stateChanged(MachineStateChanged change) {
		UsageMeter meter = this.records.lock(change.tenant(), change.equipmentId(), change.to(), change.at());
		if (change.at().isBefore(meter.since())) {
			log.info("State change of machine {} at {} is older than the meter's {}: not counted", change.equipmentId(),
					change.at(), meter.since());
			return meter;
		}
		long running = meter.runningSeconds();
		if (meter.state() == MachineState.RUNNING && change.at().isAfter(meter.since())) {
			running += Duration.between(meter.since(), change.at()).toSeconds();
			this.records.insertRunning(change.tenant(), change.equipmentId(), meter.since(), change.at());
		}
		UsageMeter after = new UsageMeter(meter.equipmentId(), change.to(), change.at(), running, meter.parts());
		this.records.update(change.tenant(), after);
		return after;
	}

	/** Adds counted parts; the caller's transaction holds the meter's lock. */
	@Transactional
	public UsageMeter partsCounted(PartsCounted counted) {
		UsageMeter meter = this.records.lock(counted.tenant(), counted.equipmentId(), MachineState.IDLE, Instant.EPOCH);
		UsageMeter after = new UsageMeter(meter.equipmentId(), meter.state(), meter.since(), meter.runningSeconds(),
				Math.addExact(meter.parts(), counted.totalCount()));
		this.records.update(counted.tenant(), after);
		return after;
	}

	/**
	 * Running periods overlapping a period, with the running period still going (up to
	 * {@code now}).
	 */
	@Transactional(readOnly = true)
	public List<Period> running(TenantId tenant, UUID equipmentId, Instant from, Instant to, Instant now) {
		List<Period> periods = new ArrayList<>(this.records.running(tenant, equipmentId, from, to));
		UsageMeter meter = reading(tenant, equipmentId);
		if (meter.state() == MachineState.RUNNING && meter.since().isBefore(now)) {
			periods.add(new Period(meter.since(), now));
		}
		return periods;
	}

}
