package io.kaiwu.equipment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * What other modules read about a tenant's machines. An id of another tenant is answered
 * as unknown.
 */
public interface EquipmentCatalog {

	/**
	 * One machine.
	 * @param tenant whose machine.
	 * @param equipmentId the machine.
	 * @return empty when the tenant has no such machine.
	 */
	Optional<EquipmentSummary> equipment(TenantId tenant, UUID equipmentId);

	/**
	 * The machines whose signals a device reports.
	 * @param tenant whose machines.
	 * @param deviceId the device.
	 * @return the machines, sorted by code; empty when none.
	 */
	List<EquipmentSummary> onDevice(TenantId tenant, UUID deviceId);

	/**
	 * All of a tenant's machines, sorted by code.
	 * @param tenant whose machines.
	 * @return the machines.
	 */
	List<EquipmentSummary> all(TenantId tenant);

}
