package io.kaiwu.device;

import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * What other modules (alarm rules) read about a tenant's device types and devices, by id.
 * An id of another tenant is answered as unknown.
 */
public interface DeviceCatalog {

	/**
	 * The thing model of a device type.
	 * @param tenant whose type.
	 * @param typeId the type.
	 * @return empty when the tenant has no such type.
	 */
	Optional<ThingModel> thingModelOfType(TenantId tenant, UUID typeId);

	/**
	 * The tenant's device types by code, for choosing one.
	 * @param tenant whose types.
	 * @return code → type id, sorted by code.
	 */
	java.util.SortedMap<String, UUID> typeCodes(TenantId tenant);

	/**
	 * A device with its type's thing model.
	 * @param tenant whose device.
	 * @param deviceId the device.
	 * @return empty when the tenant has no such device.
	 */
	Optional<DeviceSummary> device(TenantId tenant, UUID deviceId);

	/**
	 * Every device of the tenant with its type's thing model, by key.
	 * @param tenant whose devices.
	 * @return empty when the tenant has none.
	 */
	java.util.List<DeviceSummary> devices(TenantId tenant);

}
