package io.kaiwu.health.demo;

import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.equipment.EquipmentSummary;
import io.kaiwu.health.profile.ManagingProfiles;
import io.kaiwu.health.profile.ProfileDraft;
import io.kaiwu.tenancy.DemoTenantCreated;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Watches the demo plant's CNC machines (registered by the equipment module just before)
 * for bearing wear: vibration {@code vibrationRms}, temperature {@code temperature}, load
 * {@code spindleLoad}, as the simulator sends them.
 */
@Component
class DemoHealth {

	private final EquipmentCatalog equipment;

	private final ManagingProfiles profiles;

	DemoHealth(EquipmentCatalog equipment, ManagingProfiles profiles) {
		this.equipment = equipment;
		this.profiles = profiles;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	@Order(2)
	void on(DemoTenantCreated demo) {
		for (EquipmentSummary machine : this.equipment.all(demo.tenant())) {
			if (machine.code().startsWith("CNC-") && machine.deviceId() != null) {
				this.profiles.set(demo.tenant(), machine.id(),
						new ProfileDraft("vibrationRms", "temperature", "spindleLoad"));
			}
		}
	}

}
