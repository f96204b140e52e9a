package io.kaiwu.maintenance.window;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.alarm.MaintenanceWindows;
import io.kaiwu.alarm.Originator;
import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.equipment.EquipmentSummary;
import io.kaiwu.maintenance.order.ManagingOrders;
import io.kaiwu.shared.TenantId;

import org.springframework.stereotype.Component;

/**
 * A device's alarms are suppressed while a maintenance order of one of its machines has
 * an open window: the order (or the plan that made it) asks to suppress alarms, it is not
 * cancelled, the moment lies between its planned start and end, and it was not closed
 * before that moment. Other originators than devices have no windows.
 */
@Component
class WindowsOfOrders implements MaintenanceWindows {

	private final EquipmentCatalog equipment;

	private final ManagingOrders orders;

	WindowsOfOrders(EquipmentCatalog equipment, ManagingOrders orders) {
		this.equipment = equipment;
		this.orders = orders;
	}

	@Override
	public boolean isOpen(TenantId tenant, Originator originator, Instant at) {
		if (!Originator.DEVICE.equals(originator.kind())) {
			return false;
		}
		UUID device;
		try {
			device = UUID.fromString(originator.id());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		List<UUID> machines = this.equipment.onDevice(tenant, device).stream().map(EquipmentSummary::id).toList();
		return this.orders.windowOpen(tenant, machines, at);
	}

}
