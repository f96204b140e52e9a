package io.kaiwu.equipment;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A machine went from one state to another, by the timestamp of the signal that showed
 * it. Maintenance counts running hours from these.
 *
 * @param equipmentId the machine
 * @param from the state before; {@literal null} for the first state seen
 * @param to the state now
 * @param at when the change happened
 */
public record MachineStateChanged(TenantId tenant, UUID equipmentId, @Nullable MachineState from, MachineState to,
		Instant at) {
}
