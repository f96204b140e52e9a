package io.kaiwu.device;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * A device that was offline was seen again.
 *
 * @param tenant the tenant.
 * @param deviceId the device.
 * @param deviceKey its key.
 * @param at when it was seen.
 */
public record DeviceWentOnline(TenantId tenant, UUID deviceId, String deviceKey, Instant at) {
}
