package io.kaiwu.device;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * A device that was online went offline (it disconnected, or was silent too long).
 *
 * @param tenant the tenant.
 * @param deviceId the device.
 * @param deviceKey its key.
 * @param at when it was marked offline.
 */
public record DeviceWentOffline(TenantId tenant, UUID deviceId, String deviceKey, Instant at) {
}
