package io.kaiwu.maintenance.usage;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.equipment.MachineState;

/**
 * What a machine has done so far, as maintenance counts it.
 *
 * @param state the state it is in
 * @param since since when
 * @param runningSeconds seconds of RUNNING in stretches whose end (the next change) is
 * known
 * @param parts parts counted (good and rejects)
 */
public record UsageMeter(UUID equipmentId, MachineState state, Instant since, long runningSeconds, long parts) {

	/** A machine nothing has been heard of yet. */
	public static UsageMeter none(UUID equipmentId) {
		return new UsageMeter(equipmentId, MachineState.IDLE, Instant.EPOCH, 0, 0);
	}

}
