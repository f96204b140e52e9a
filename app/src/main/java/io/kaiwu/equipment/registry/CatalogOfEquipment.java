package io.kaiwu.equipment.registry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.equipment.EquipmentSummary;
import io.kaiwu.shared.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry as other modules read it. */
@Service
class CatalogOfEquipment implements EquipmentCatalog {

	private final EquipmentRecords records;

	CatalogOfEquipment(EquipmentRecords records) {
		this.records = records;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<EquipmentSummary> equipment(TenantId tenant, UUID equipmentId) {
		return this.records.find(tenant, equipmentId).map(CatalogOfEquipment::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<EquipmentSummary> onDevice(TenantId tenant, UUID deviceId) {
		return this.records.onDevice(tenant, deviceId).stream().map(CatalogOfEquipment::summary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<EquipmentSummary> all(TenantId tenant) {
		return this.records.all(tenant).stream().map(CatalogOfEquipment::summary).toList();
	}

	private static EquipmentSummary summary(Equipment e) {
		return new EquipmentSummary(e.id(), e.tenant(), e.code(), e.name(), e.deviceId(), e.nodeId(), e.criticality());
	}

}
