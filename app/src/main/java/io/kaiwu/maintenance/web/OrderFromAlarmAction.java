package io.kaiwu.maintenance.web;

import java.util.List;
import java.util.UUID;

import io.kaiwu.alarm.AlarmActions;
import io.kaiwu.alarm.Originator;
import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;

import org.springframework.stereotype.Component;

/**
 * On an alarm's page, "create maintenance order" for operators: it leads to the new-order
 * form filled in from the alarm (a corrective order, its title the alarm's text, its
 * machine the one on the alarm's device). Offered for alarms of a device that is linked
 * to a machine.
 */
@Component
class OrderFromAlarmAction implements AlarmActions {

	static final String LABEL = "maintenance.alarm-action.create-order";

	private final EquipmentCatalog equipment;

	OrderFromAlarmAction(EquipmentCatalog equipment) {
		this.equipment = equipment;
	}

	@Override
	public List<Action> actions(TenantId tenant, UUID alarmId, Originator originator, KaiwuPrincipal viewer) {
		if (!viewer.has(Role.OPERATOR) || !Originator.DEVICE.equals(originator.kind())
				|| this.equipment.onDevice(tenant, deviceId(originator)).isEmpty()) {
			return List.of();
		}
		return List.of(new Action(LABEL, "/maintenance/orders?alarmId=" + alarmId + "#new-order"));
	}

	private static UUID deviceId(Originator originator) {
		try {
			return UUID.fromString(originator.id());
		}
		catch (IllegalArgumentException ex) {
			// not a device of the registry: no machine can be on it
			return new UUID(0, 0);
		}
	}

}
