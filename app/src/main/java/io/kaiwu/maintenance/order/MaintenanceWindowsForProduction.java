package io.kaiwu.maintenance.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.maintenance.PlannedMaintenance;
import io.kaiwu.shared.TenantId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Production scheduling reads a machine's planned maintenance windows from its open and
 * in-progress maintenance orders that have a planned start and end; a done or cancelled
 * order blocks nothing.
 */
@Component
class MaintenanceWindowsForProduction implements PlannedMaintenance {

	private final OrderRecords orders;

	MaintenanceWindowsForProduction(OrderRecords orders) {
		this.orders = orders;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Window> windows(TenantId tenant, UUID equipmentId, Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return List.of();
		}
		return this.orders.plannedWindows(tenant, equipmentId, from, to);
	}

}
