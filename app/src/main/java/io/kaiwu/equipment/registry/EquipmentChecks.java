package io.kaiwu.equipment.registry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.equipment.Criticality;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks a machine before it is saved and names every bad field: code, name, node and
 * criticality are required, the node and the device must be the tenant's, the date and
 * the ideal cycle time must parse and the cycle time must be positive.
 */
@Component
class EquipmentChecks {

	private final DeviceCatalog devices;

	private final EnterpriseStructure structure;

	EquipmentChecks(DeviceCatalog devices, EnterpriseStructure structure) {
		this.devices = devices;
		this.structure = structure;
	}

	Equipment check(TenantId tenant, UUID id, EquipmentDraft draft, Instant createdAt, Instant now) {
		List<FieldError> errors = new ArrayList<>();
		String code = required(draft.code(), "code", 64, errors);
		String name = required(draft.name(), "name", 200, errors);
		UUID node = draft.nodeId();
		if (node == null) {
			errors.add(new FieldError("nodeId", "problem.equipment.required"));
		}
		else if (this.structure.findNode(tenant, node).isEmpty()) {
			errors.add(new FieldError("nodeId", "problem.equipment.unknown-node", node));
		}
		if (draft.deviceId() != null && this.devices.device(tenant, draft.deviceId()).isEmpty()) {
			errors.add(new FieldError("deviceId", "problem.equipment.unknown-device", draft.deviceId()));
		}
		Criticality criticality = criticality(draft.criticality(), errors);
		LocalDate commissionedOn = date(draft.commissionedOn(), errors);
		Duration idealCycleTime = cycleTime(draft.idealCycleTime(), errors);
		String model = optional(draft.model(), "model", 200, errors);
		String vendor = optional(draft.vendor(), "vendor", 200, errors);
		String serial = optional(draft.serialNumber(), "serialNumber", 100, errors);
		if (!errors.isEmpty() || code == null || name == null || node == null || criticality == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return new Equipment(id, tenant, code, name, draft.deviceId(), node, model, vendor, serial, commissionedOn,
				criticality, idealCycleTime, createdAt, now);
	}

	private static @Nullable String required(@Nullable String value, String field, int max, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "problem.equipment.required"));
			return null;
		}
		return optional(value, field, max, errors);
	}

	private static @Nullable String optional(@Nullable String value, String field, int max, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > max) {
			errors.add(new FieldError(field, "problem.equipment.too-long", max));
			return null;
		}
		return value.strip();
	}

	private static @Nullable Criticality criticality(@Nullable String value, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError("criticality", "problem.equipment.required"));
			return null;
		}
		try {
			return Criticality.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			String allowed = Arrays.stream(Criticality.values()).map(Enum::name).collect(Collectors.joining(", "));
			errors.add(new FieldError("criticality", "problem.equipment.choice", value, allowed));
			return null;
		}
	}

	private static @Nullable LocalDate date(@Nullable String value, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError("commissionedOn", "problem.equipment.date", value));
			return null;
		}
	}

	private static @Nullable Duration cycleTime(@Nullable String value, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			Duration cycle = Duration.parse(value.strip());
			if (cycle.isNegative() || cycle.isZero()) {
				errors.add(new FieldError("idealCycleTime", "problem.equipment.cycle-time", value));
				return null;
			}
			return cycle;
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError("idealCycleTime", "problem.equipment.cycle-time", value));
			return null;
		}
	}

}
