package io.kaiwu.equipment.registry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.kaiwu.equipment.Criticality;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A machine in the registry.
 *
 * @param deviceId the device that reports its signals; {@literal null} when not connected
 * @param nodeId the node of the enterprise structure it stands on (line, work unit …)
 * @param idealCycleTime the fastest possible time for one part, for OEE performance
 */
public record Equipment(UUID id, TenantId tenant, String code, String name, @Nullable UUID deviceId, UUID nodeId,
		@Nullable String model, @Nullable String vendor, @Nullable String serialNumber,
		@Nullable LocalDate commissionedOn, Criticality criticality, @Nullable Duration idealCycleTime,
		Instant createdAt, Instant updatedAt) {
}
