package io.kaiwu.health.profile;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Which properties of a machine's device feed its health monitor.
 *
 * @param equipmentId the machine
 * @param deviceId the device that reports its signals
 * @param vibration the vibration velocity RMS property, mm/s
 * @param temperature the temperature property, °C; {@literal null}: not watched
 * @param load the spindle load property, % (the current proxy; 0 when not running)
 */
public record HealthProfile(UUID equipmentId, TenantId tenant, UUID deviceId, String vibration,
		@Nullable String temperature, String load, Instant updatedAt) {
}
