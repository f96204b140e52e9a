package io.kaiwu.device;

import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * A device type or its thing model was created, changed or deleted; caches of thing
 * models (telemetry validation) must reload it.
 *
 * @param tenant the tenant.
 * @param typeId the device type.
 * @param code the type's code.
 * @param change what happened to it.
 */
public record DeviceTypeChanged(TenantId tenant, UUID typeId, String code, Change change) {

	public enum Change {

		CREATED, UPDATED, DELETED

	}

}
