package io.kaiwu.maintenance.plan;

import io.kaiwu.equipment.MachineStateChanged;
import io.kaiwu.equipment.PartsCounted;
import io.kaiwu.maintenance.usage.UsageMeters;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Moves the usage meters on the equipment events and checks the machine's usage plans in
 * the same transaction, after the equipment module's transaction committed (and again
 * after a restart if it failed: the event publication registry keeps it).
 */
@Component
class EquipmentUsage {

	private final UsageMeters meters;

	private final ManagingPlans plans;

	EquipmentUsage(UsageMeters meters, ManagingPlans plans) {
		this.meters = meters;
		this.plans = plans;
	}

	@ApplicationModuleListener
	void on(MachineStateChanged changed) {
		this.meters.stateChanged(changed);
		this.plans.usageChanged(changed.tenant(), changed.equipmentId(), changed.at());
	}

	@ApplicationModuleListener
	void on(PartsCounted counted) {
		this.meters.partsCounted(counted);
		this.plans.usageChanged(counted.tenant(), counted.equipmentId(), counted.to());
	}

}
