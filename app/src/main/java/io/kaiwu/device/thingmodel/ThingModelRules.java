package io.kaiwu.device.thingmodel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.kaiwu.device.DataType;
import io.kaiwu.device.EventDefinition;
import io.kaiwu.device.ParameterDefinition;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.device.ServiceDefinition;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a device type and its thing model. Every breach is reported with the JSON
 * path of the bad field, for example {@code properties[3].max}, so the same paths name
 * the problem in a REST body and in an imported thing-model document.
 */
public final class ThingModelRules {

	/** The pattern of property, event, service and parameter identifiers. */
	public static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,63}");

	/** The pattern of a device type's code. */
	public static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,50}");

	public static final int MAX_PROPERTIES = 200;

	public static final int MAX_EVENTS = 50;

	public static final int MAX_SERVICES = 50;

	public static final int MAX_PARAMETERS = 50;

	public static final int MAX_PRECISION = 10;

	private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);

	private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

	private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

	private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

	private ThingModelRules() {
	}

	/** Every breach of the rules in a draft; empty when it is good. */
	public static List<FieldError> check(DeviceTypeDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		if (draft.code().isBlank()) {
			errors.add(new FieldError("code", "problem.device.required"));
		}
		else if (!CODE.matcher(draft.code()).matches()) {
			errors.add(new FieldError("code", "problem.device.type-code"));
		}
		text(errors, "nameZh", draft.nameZh(), 200, true);
		text(errors, "nameEn", draft.nameEn(), 200, false);
		text(errors, "description", draft.description(), 1000, false);
		List<PropertyDefinition> properties = draft.model().properties();
		count(errors, "properties", properties.size(), MAX_PROPERTIES);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < properties.size(); i++) {
			PropertyDefinition p = properties.get(i);
			String path = "properties[" + i + "]";
			element(errors, path, p.identifier(), p.nameZh(), p.nameEn(), seen);
			value(errors, path, p.dataType(), p.unit(), p.min(), p.max(), p.precision(), p.enumValues());
		}
		List<EventDefinition> events = draft.model().events();
		count(errors, "events", events.size(), MAX_EVENTS);
		seen.clear();
		for (int i = 0; i < events.size(); i++) {
			EventDefinition e = events.get(i);
			String path = "events[" + i + "]";
			element(errors, path, e.identifier(), e.nameZh(), e.nameEn(), seen);
			parameters(errors, path + ".outputs", e.outputs());
		}
		List<ServiceDefinition> services = draft.model().services();
		count(errors, "services", services.size(), MAX_SERVICES);
		seen.clear();
		for (int i = 0; i < services.size(); i++) {
			ServiceDefinition s = services.get(i);
			String path = "services[" + i + "]";
			element(errors, path, s.identifier(), s.nameZh(), s.nameEn(), seen);
			parameters(errors, path + ".inputs", s.inputs());
			parameters(errors, path + ".outputs", s.outputs());
		}
		return errors;
	}

	private static void parameters(List<FieldError> errors, String path, List<ParameterDefinition> parameters) {
		count(errors, path, parameters.size(), MAX_PARAMETERS);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < parameters.size(); i++) {
			ParameterDefinition p = parameters.get(i);
			String at = path + "[" + i + "]";
			element(errors, at, p.identifier(), p.nameZh(), p.nameEn(), seen);
			value(errors, at, p.dataType(), p.unit(), p.min(), p.max(), p.precision(), p.enumValues());
		}
	}

	private static void element(List<FieldError> errors, String path, String identifier, String nameZh, String nameEn,
			Set<String> seen) {
		if (identifier.isEmpty()) {
			errors.add(new FieldError(path + ".identifier", "problem.device.required"));
		}
		else if (!IDENTIFIER.matcher(identifier).matches()) {
			errors.add(new FieldError(path + ".identifier", "problem.device.identifier", identifier));
		}
		else if (!seen.add(identifier)) {
			errors.add(new FieldError(path + ".identifier", "problem.device.identifier-repeated", identifier));
		}
		text(errors, path + ".nameZh", nameZh, 200, true);
		text(errors, path + ".nameEn", nameEn, 200, false);
	}

	private static void value(List<FieldError> errors, String path, DataType type, String unit,
			@Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable Integer precision, List<String> enumValues) {
		text(errors, path + ".unit", unit, 20, false);
		if (!type.numeric()) {
			if (min != null) {
				errors.add(new FieldError(path + ".min", "problem.device.range-numbers-only"));
			}
			if (max != null) {
				errors.add(new FieldError(path + ".max", "problem.device.range-numbers-only"));
			}
		}
		else {
			boolean good = limit(errors, path + ".min", type, min) & limit(errors, path + ".max", type, max);
			if (good && min != null && max != null && min.compareTo(max) > 0) {
				errors.add(new FieldError(path + ".max", "problem.device.min-above-max", min.toPlainString(),
						max.toPlainString()));
			}
		}
		if (precision != null) {
			if (precision < 0 || precision > MAX_PRECISION) {
				errors.add(new FieldError(path + ".precision", "problem.device.precision", MAX_PRECISION));
			}
			else if (type != DataType.FLOAT && type != DataType.DOUBLE && precision != 0) {
				errors.add(new FieldError(path + ".precision", "problem.device.precision-decimals-only"));
			}
		}
		if (type == DataType.ENUM) {
			if (enumValues.isEmpty()) {
				errors.add(new FieldError(path + ".enumValues", "problem.device.enum-values-required"));
			}
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < enumValues.size(); i++) {
				String v = enumValues.get(i);
				if (v.isBlank() || v.length() > 64 || !seen.add(v)) {
					errors.add(new FieldError(path + ".enumValues[" + i + "]", "problem.device.enum-value", v));
				}
			}
		}
		else if (!enumValues.isEmpty()) {
			errors.add(new FieldError(path + ".enumValues", "problem.device.enum-values-enum-only"));
		}
	}

	private static boolean limit(List<FieldError> errors, String path, DataType type, @Nullable BigDecimal limit) {
		if (limit == null || !type.whole()) {
			return true;
		}
		boolean whole = limit.signum() == 0 || limit.stripTrailingZeros().scale() <= 0;
		BigDecimal low = (type == DataType.INT) ? INT_MIN : LONG_MIN;
		BigDecimal high = (type == DataType.INT) ? INT_MAX : LONG_MAX;
		if (!whole || limit.compareTo(low) < 0 || limit.compareTo(high) > 0) {
			errors.add(new FieldError(path, "problem.device.whole-limit", type.name(), low.toPlainString(),
					high.toPlainString()));
			return false;
		}
		return true;
	}

	private static void text(List<FieldError> errors, String path, String text, int max, boolean required) {
		if (required && text.isBlank()) {
			errors.add(new FieldError(path, "problem.device.required"));
		}
		else if (text.length() > max) {
			errors.add(new FieldError(path, "problem.device.too-long", max));
		}
	}

	private static void count(List<FieldError> errors, String path, int count, int max) {
		if (count > max) {
			errors.add(new FieldError(path, "problem.device.too-many", max));
		}
	}

}
