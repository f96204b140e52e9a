package io.kaiwu.device;

import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * Who a device is once its key and secret have been checked.
 *
 * @param tenant the tenant the device belongs to.
 * @param deviceId the device's id.
 * @param deviceKey its platform-unique key.
 */
public record DeviceCredentials(TenantId tenant, UUID deviceId, String deviceKey) {
}
