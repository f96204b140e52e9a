package io.kaiwu.equipment;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * A machine stopped unplanned (state {@link MachineState#DOWN} or
 * {@link MachineState#SETUP}). Production scheduling listens to it.
 *
 * @param equipmentId the machine
 * @param state the stop state
 * @param startedAt when the stop began, by the signal's timestamp
 */
public record DowntimeStarted(TenantId tenant, UUID equipmentId, MachineState state, Instant startedAt) {
}
