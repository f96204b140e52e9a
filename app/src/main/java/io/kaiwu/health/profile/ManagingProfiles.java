package io.kaiwu.health.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.equipment.EquipmentSummary;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting which device properties feed a machine's health monitor: each must be a number
 * in the thing model of the machine's device. Audited ({@code health-profile}).
 */
@Service
public class ManagingProfiles {

	private final ProfileRecords records;

	private final EquipmentCatalog equipment;

	private final DeviceCatalog devices;

	private final ApplicationEventPublisher events;

	ManagingProfiles(ProfileRecords records, EquipmentCatalog equipment, DeviceCatalog devices,
			ApplicationEventPublisher events) {
		this.records = records;
		this.equipment = equipment;
		this.devices = devices;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<HealthProfile> find(TenantId tenant, UUID equipmentId) {
		machine(tenant, equipmentId);
		return this.records.find(tenant, equipmentId);
	}

	@Transactional
	public HealthProfile set(TenantId tenant, UUID equipmentId, ProfileDraft draft) {
		EquipmentSummary machine = machine(tenant, equipmentId);
		UUID deviceId = machine.deviceId();
		DeviceSummary device = (deviceId != null) ? this.devices.device(tenant, deviceId).orElse(null) : null;
		if (device == null) {
			throw new KaiwuProblem.InvalidInput("equipmentId", "problem.health.no-device", machine.code());
		}
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		String vibration = numberProperty(device, "vibration", draft.vibration(), true, errors);
		String temperature = numberProperty(device, "temperature", draft.temperature(), false, errors);
		String load = numberProperty(device, "load", draft.load(), true, errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Optional<HealthProfile> before = this.records.find(tenant, equipmentId);
		HealthProfile profile = new HealthProfile(equipmentId, tenant, device.deviceId(), vibration, temperature, load,
				Instant.now());
		this.records.save(profile);
		this.events.publishEvent(before.isPresent()
				? ChangeRecorded.updated(tenant, "health-profile", equipmentId, audited(before.get()), audited(profile))
				: ChangeRecorded.created(tenant, "health-profile", equipmentId, audited(profile)));
		this.events.publishEvent(new ProfilesChanged());
		return profile;
	}

	@Transactional
	public void remove(TenantId tenant, UUID equipmentId) {
		machine(tenant, equipmentId);
		HealthProfile before = this.records.find(tenant, equipmentId)
			.orElseThrow(() -> new KaiwuProblem.NotFound("health-profile", equipmentId));
		this.records.delete(tenant, equipmentId);
		this.events.publishEvent(ChangeRecorded.deleted(tenant, "health-profile", equipmentId, audited(before)));
		this.events.publishEvent(new ProfilesChanged());
	}

	private EquipmentSummary machine(TenantId tenant, UUID equipmentId) {
		return this.equipment.equipment(tenant, equipmentId)
			.orElseThrow(() -> new KaiwuProblem.NotFound("equipment", equipmentId));
	}

	/** The property, if it is a number of the device's thing model; else an error. */
	private static @Nullable String numberProperty(DeviceSummary device, String field, @Nullable String identifier,
			boolean required, List<KaiwuProblem.FieldError> errors) {
		if (identifier == null || identifier.isBlank()) {
			if (required) {
				errors.add(new KaiwuProblem.FieldError(field, "problem.health.required"));
			}
			return null;
		}
		List<String> numbers = device.properties()
			.stream()
			.filter((p) -> p.dataType().numeric())
			.map(PropertyDefinition::identifier)
			.sorted()
			.toList();
		if (!numbers.contains(identifier.strip())) {
			errors.add(new KaiwuProblem.FieldError(field, "problem.health.unknown-property", identifier,
					device.typeCode(), String.join(", ", numbers)));
			return null;
		}
		return identifier.strip();
	}

	private static Map<String, Object> audited(HealthProfile p) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("deviceId", p.deviceId().toString());
		audit.put("vibration", p.vibration());
		audit.put("temperature", String.valueOf(p.temperature()));
		audit.put("load", p.load());
		return audit;
	}

}
