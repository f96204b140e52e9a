package io.kaiwu.equipment.demo;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.equipment.registry.Equipment;
import io.kaiwu.equipment.registry.EquipmentDraft;
import io.kaiwu.equipment.registry.ManagingEquipment;
import io.kaiwu.equipment.signals.MachineSignals;
import io.kaiwu.equipment.signals.SignalDraft;
import io.kaiwu.tenancy.DemoTenantCreated;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Registers the demo plant's machines when the demo tenant is created, before its
 * transaction commits (after the devices are seeded): the four CNC machines with their
 * signal mapping (the simulator's {@code state} text, the good and reject part counters,
 * stops under two minutes as minor stops), so the board, OEE and maintenance work on the
 * demo at once; and the four injection moulding machines in the registry.
 */
@Component
class DemoEquipment {

	/** The simulator's fastest CNC cycle (90–240 s at 100 % override). */
	private static final String CNC_IDEAL_CYCLE = "PT90S";

	/** The simulator's fastest moulding cycle. */
	private static final String IMM_IDEAL_CYCLE = "PT25S";

	private final DeviceRegistry devices;

	private final ManagingEquipment equipment;

	private final MachineSignals signals;

	DemoEquipment(DeviceRegistry devices, ManagingEquipment equipment, MachineSignals signals) {
		this.devices = devices;
		this.equipment = equipment;
		this.signals = signals;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	@Order(1)
	void on(DemoTenantCreated demo) {
		for (int i = 1; i <= 4; i++) {
			boolean lathe = i <= 2;
			machine(demo, "cnc", i, lathe ? "CK6150 数控车床" : "VMC-850 立式加工中心", lathe ? "A" : "B", CNC_IDEAL_CYCLE)
				.ifPresent((m) -> this.signals.save(demo.tenant(), m.id(),
						new SignalDraft("state", "BY_VALUE",
								Map.of("running", "RUNNING", "idle", "IDLE", "setup", "SETUP", "down", "DOWN"), null,
								null, "IDLE", "goodParts", "rejectParts", "PT2M")));
		}
		for (int i = 1; i <= 4; i++) {
			machine(demo, "imm", i, "HTF 注塑机", "B", IMM_IDEAL_CYCLE);
		}
	}

	private Optional<Equipment> machine(DemoTenantCreated demo, String kind, int number, String model,
			String criticality, String idealCycle) {
		String code = String.format(Locale.ROOT, "%s-%02d", kind.toUpperCase(Locale.ROOT), number);
		Optional<DeviceSummary> device = this.devices
			.findByKey(String.format(Locale.ROOT, "demo-%s-%02d", kind, number))
			.filter((d) -> d.tenant().equals(demo.tenant()));
		return device.map((d) -> this.equipment.create(demo.tenant(), new EquipmentDraft(code, d.name(), d.deviceId(),
				d.nodeId(), model, "示范工厂设备科", "SN-DEMO-" + code, "2024-03-01", criticality, idealCycle)));
	}

}
