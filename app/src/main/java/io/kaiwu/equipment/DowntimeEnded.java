package io.kaiwu.equipment;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * An unplanned stop of a machine ended.
 *
 * @param equipmentId the machine
 * @param state the stop state that ended
 * @param startedAt when the stop began
 * @param endedAt when it ended, by the signal's timestamp
 */
public record DowntimeEnded(TenantId tenant, UUID equipmentId, MachineState state, Instant startedAt, Instant endedAt) {
}
