package io.kaiwu.device;

import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * A device was registered (created one by one, imported, or seeded for the demo).
 *
 * @param tenant the tenant.
 * @param deviceId the new device.
 * @param deviceKey its platform-unique key.
 * @param typeId its device type.
 * @param nodeId the structure node it is placed on.
 */
public record DeviceRegistered(TenantId tenant, UUID deviceId, String deviceKey, UUID typeId, UUID nodeId) {
}
