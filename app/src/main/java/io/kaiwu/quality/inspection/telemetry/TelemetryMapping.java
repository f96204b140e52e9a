package io.kaiwu.quality.inspection.telemetry;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * A device's thing-model property feeding a variable characteristic.
 *
 * @param property the thing model's property identifier
 * @param active false: values are not taken while paused (nor later)
 * @param takenTo the newest measurement time taken so far
 */
public record TelemetryMapping(UUID id, TenantId tenant, UUID deviceId, String property, UUID characteristicId,
		boolean active, Instant takenTo, Instant createdAt, Instant updatedAt) {
}
