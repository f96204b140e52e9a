package io.kaiwu.equipment.signals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import io.kaiwu.equipment.registry.Equipment;
import io.kaiwu.equipment.registry.ManagingEquipment;
import io.kaiwu.equipment.state.StateMapping;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each machine's signal mapping: checked against its device's thing model, audited
 * ({@code equipment-signals}).
 */
@Service
public class MachineSignals {

	/**
	 * The entity type of the audit entries, also the cue for the state tracker to reload.
	 */
	public static final String AUDITED_AS = "equipment-signals";

	private final SignalRecords records;

	private final SignalChecks checks;

	private final ManagingEquipment equipment;

	private final ApplicationEventPublisher events;

	MachineSignals(SignalRecords records, SignalChecks checks, ManagingEquipment equipment,
			ApplicationEventPublisher events) {
		this.records = records;
		this.checks = checks;
		this.equipment = equipment;
		this.events = events;
	}

	/** The machine's mapping; 404 when the machine is unknown or has none. */
	@Transactional(readOnly = true)
	public SignalMapping get(TenantId tenant, UUID equipmentId) {
		this.equipment.get(tenant, equipmentId);
		return this.records.find(tenant, equipmentId)
			.orElseThrow(() -> new KaiwuProblem.NotFound("equipment-signals", equipmentId));
	}

	/** The machine's mapping, if it has one. */
	@Transactional(readOnly = true)
	public Optional<SignalMapping> find(TenantId tenant, UUID equipmentId) {
		return this.records.find(tenant, equipmentId);
	}

	/** The mappings of the machines a device reports for. */
	@Transactional(readOnly = true)
	public List<SignalMapping> onDevice(TenantId tenant, UUID deviceId) {
		return this.records.onDevice(tenant, deviceId);
	}

	@Transactional
	public SignalMapping save(TenantId tenant, UUID equipmentId, SignalDraft draft) {
		Equipment machine = this.equipment.get(tenant, equipmentId);
		SignalMapping after = this.checks.check(tenant, equipmentId, machine.deviceId(), draft, Instant.now());
		Optional<SignalMapping> before = this.records.find(tenant, equipmentId);
		this.records.save(after);
		this.events.publishEvent(before.isPresent()
				? ChangeRecorded.updated(tenant, AUDITED_AS, equipmentId, audited(before.get()), audited(after))
				: ChangeRecorded.created(tenant, AUDITED_AS, equipmentId, audited(after)));
		return after;
	}

	@Transactional
	public void delete(TenantId tenant, UUID equipmentId) {
		SignalMapping mapping = get(tenant, equipmentId);
		this.records.delete(tenant, equipmentId);
		this.events.publishEvent(ChangeRecorded.deleted(tenant, AUDITED_AS, equipmentId, audited(mapping)));
	}

	/** What the audit log keeps of a mapping. */
	static Map<String, Object> audited(SignalMapping m) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("stateProperty", m.state().property());
		if (m.state() instanceof StateMapping.ByValue v) {
			audit.put("stateKind", SignalChecks.BY_VALUE);
			audit.put("stateValues", new TreeMap<>(v.states()).toString());
			audit.put("otherwise", v.otherwise().name());
		}
		else if (m.state() instanceof StateMapping.AboveLimit a) {
			audit.put("stateKind", SignalChecks.ABOVE_LIMIT);
			audit.put("limit", a.limit());
			audit.put("above", a.above().name());
			audit.put("otherwise", a.otherwise().name());
		}
		audit.put("goodCounter", String.valueOf(m.goodCounter()));
		audit.put("rejectCounter", String.valueOf(m.rejectCounter()));
		audit.put("minorStopThreshold", String.valueOf(m.minorStopThreshold()));
		return audit;
	}

}
