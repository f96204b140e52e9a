package io.kaiwu.equipment.signals;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.device.DataType;
import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.device.ThingModel;
import io.kaiwu.equipment.MachineState;
import io.kaiwu.equipment.state.StateMapping;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks a signal mapping against the thing model of the machine's device and names every
 * bad field: the machine must have a device, every property must be one of its type, a
 * limit needs a number (or a boolean), a counter a number, a state one of the five.
 */
@Component
class SignalChecks {

	static final String BY_VALUE = "BY_VALUE";

	static final String ABOVE_LIMIT = "ABOVE_LIMIT";

	private final DeviceCatalog devices;

	SignalChecks(DeviceCatalog devices) {
		this.devices = devices;
	}

	SignalMapping check(TenantId tenant, UUID equipmentId, @Nullable UUID deviceId, SignalDraft draft, Instant now) {
		DeviceSummary device = (deviceId != null) ? this.devices.device(tenant, deviceId).orElse(null) : null;
		if (device == null) {
			throw new KaiwuProblem.InvalidInput("deviceId", "problem.equipment.signals.no-device");
		}
		ThingModel model = device.thingModel();
		List<FieldError> errors = new ArrayList<>();
		PropertyDefinition stateProperty = property(model, draft.stateProperty(), "stateProperty", true, errors);
		MachineState otherwise = state(draft.otherwise(), "otherwise", true, errors);
		StateMapping mapping = null;
		String kind = (draft.stateKind() != null) ? draft.stateKind().strip().toUpperCase(Locale.ROOT) : "";
		if (BY_VALUE.equals(kind)) {
			Map<String, MachineState> table = table(draft.stateValues(), stateProperty, errors);
			if (stateProperty != null && otherwise != null && !table.isEmpty()) {
				mapping = new StateMapping.ByValue(stateProperty.identifier(), table, otherwise);
			}
		}
		else if (ABOVE_LIMIT.equals(kind)) {
			if (stateProperty != null && !stateProperty.dataType().numeric()
					&& stateProperty.dataType() != DataType.BOOLEAN) {
				errors.add(new FieldError("stateProperty", "problem.equipment.signals.not-numeric",
						stateProperty.identifier(), stateProperty.dataType()));
			}
			if (draft.limit() == null || !Double.isFinite(draft.limit())) {
				errors.add(new FieldError("limit", "problem.equipment.required"));
			}
			MachineState above = state(draft.above(), "above", true, errors);
			if (errors.isEmpty() && stateProperty != null && above != null && otherwise != null
					&& draft.limit() != null) {
				mapping = new StateMapping.AboveLimit(stateProperty.identifier(), draft.limit(), above, otherwise);
			}
		}
		else {
			errors.add(new FieldError("stateKind", "problem.equipment.choice", String.valueOf(draft.stateKind()),
					BY_VALUE + ", " + ABOVE_LIMIT));
		}
		PropertyDefinition good = counter(model, draft.goodCounter(), "goodCounter", errors);
		PropertyDefinition reject = counter(model, draft.rejectCounter(), "rejectCounter", errors);
		Duration threshold = threshold(draft.minorStopThreshold(), errors);
		if (!errors.isEmpty() || mapping == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return new SignalMapping(equipmentId, tenant, mapping, (good != null) ? good.identifier() : null,
				(reject != null) ? reject.identifier() : null, threshold, now);
	}

	private static @Nullable PropertyDefinition property(ThingModel model, @Nullable String identifier, String field,
			boolean required, List<FieldError> errors) {
		if (identifier == null || identifier.isBlank()) {
			if (required) {
				errors.add(new FieldError(field, "problem.equipment.required"));
			}
			return null;
		}
		PropertyDefinition property = model.property(identifier.strip()).orElse(null);
		if (property == null) {
			String known = model.properties()
				.stream()
				.map(PropertyDefinition::identifier)
				.collect(Collectors.joining(", "));
			errors.add(new FieldError(field, "problem.equipment.signals.unknown-property", identifier, known));
		}
		return property;
	}

	private static @Nullable PropertyDefinition counter(ThingModel model, @Nullable String identifier, String field,
			List<FieldError> errors) {
		PropertyDefinition property = property(model, identifier, field, false, errors);
		if (property != null && !property.dataType().numeric()) {
			errors.add(new FieldError(field, "problem.equipment.signals.not-numeric", property.identifier(),
					property.dataType()));
			return null;
		}
		return property;
	}

	private static Map<String, MachineState> table(@Nullable Map<String, String> values,
			@Nullable PropertyDefinition property, List<FieldError> errors) {
		Map<String, MachineState> table = new LinkedHashMap<>();
		if (values == null || values.isEmpty()) {
			errors.add(new FieldError("stateValues", "problem.equipment.required"));
			return table;
		}
		values.forEach((value, state) -> {
			String field = "stateValues." + value;
			if (value.isBlank() || value.length() > 100) {
				errors.add(new FieldError(field, "problem.equipment.too-long", 100));
				return;
			}
			if (property != null && property.dataType() == DataType.ENUM
					&& property.enumValues().stream().noneMatch((allowed) -> allowed.equalsIgnoreCase(value.strip()))) {
				errors.add(new FieldError(field, "problem.equipment.signals.unknown-value", value,
						property.identifier(), String.join(", ", property.enumValues())));
				return;
			}
			MachineState machineState = state(state, field, true, errors);
			if (machineState != null) {
				table.put(value.strip(), machineState);
			}
		});
		return table;
	}

	private static @Nullable MachineState state(@Nullable String value, String field, boolean required,
			List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.add(new FieldError(field, "problem.equipment.required"));
			}
			return null;
		}
		try {
			return MachineState.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			String allowed = Arrays.stream(MachineState.values()).map(Enum::name).collect(Collectors.joining(", "));
			errors.add(new FieldError(field, "problem.equipment.choice", value, allowed));
			return null;
		}
	}

	private static @Nullable Duration threshold(@Nullable String value, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			Duration threshold = Duration.parse(value.strip());
			if (!threshold.isNegative() && !threshold.isZero()) {
				return threshold;
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		errors.add(new FieldError("minorStopThreshold", "problem.equipment.signals.threshold", value));
		return null;
	}

}
