package io.kaiwu.device.thingmodel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import io.kaiwu.device.DataType;
import io.kaiwu.device.EventDefinition;
import io.kaiwu.device.EventLevel;
import io.kaiwu.device.ParameterDefinition;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.device.ServiceDefinition;
import io.kaiwu.device.ThingModel;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The thing-model document: the JSON form of a device type that the REST API accepts on
 * create and update, that an export writes and an import reads. Reading reports every
 * field of the wrong JSON type and every rule {@link ThingModelRules} checks, each with
 * its JSON path ({@code properties[3].dataType}).
 *
 * <pre>
 * {"format": "kaiwu-thing-model/1", "code": "CNC", "nameZh": "数控机床", "nameEn": "CNC machine",
 *  "description": "",
 *  "properties": [{"identifier": "spindleSpeed", "nameZh": "主轴转速", "nameEn": "Spindle speed",
 *                  "dataType": "DOUBLE", "unit": "rpm", "min": 0, "max": 12000, "precision": 0,
 *                  "enumValues": [], "writable": false}],
 *  "events": [{"identifier": "alarm", "nameZh": "报警", "nameEn": "Alarm", "level": "ALERT",
 *              "outputs": [parameter, …]}],
 *  "services": [{"identifier": "setSpindleOverride", "nameZh": …, "nameEn": …,
 *                "inputs": [parameter, …], "outputs": [parameter, …]}]}
 * </pre>
 *
 * A parameter has the fields of a property without {@code writable}. Fields other than
 * these are ignored; {@code format}, when present, must be {@value #FORMAT}.
 */
public final class ThingModelJson {

	/** The format marker an export writes. */
	public static final String FORMAT = "kaiwu-thing-model/1";

	private ThingModelJson() {
	}

	/**
	 * A document read: the draft (with neutral values where a field was bad) and every
	 * problem; the draft is good only when there are none.
	 *
	 * @param draft the device type as far as it could be read.
	 * @param errors every problem, with its JSON path.
	 */
	public record Read(DeviceTypeDraft draft, List<FieldError> errors) {

		public Read {
			errors = List.copyOf(errors);
		}

	}

	/** Reads and checks a thing-model document. */
	public static Read read(JsonNode document) {
		Reader reader = new Reader();
		if (!document.isObject()) {
			reader.errors.add(new FieldError("body", "problem.device.json.object"));
			return new Read(new DeviceTypeDraft("", "", "", "", ThingModel.empty()), reader.errors);
		}
		JsonNode format = document.get("format");
		if (format != null && !format.isNull() && !(format.isString() && FORMAT.equals(format.stringValue()))) {
			reader.errors.add(new FieldError("format", "problem.device.json.format", FORMAT));
		}
		String code = reader.text(document, "code", "");
		String nameZh = reader.text(document, "nameZh", "");
		String nameEn = reader.text(document, "nameEn", "");
		String description = reader.text(document, "description", "");
		List<PropertyDefinition> properties = reader.list(document, "properties", "", reader::property);
		List<EventDefinition> events = reader.list(document, "events", "", reader::event);
		List<ServiceDefinition> services = reader.list(document, "services", "", reader::service);
		DeviceTypeDraft draft = new DeviceTypeDraft(code.trim(), nameZh.trim(), nameEn.trim(), description.trim(),
				new ThingModel(properties, events, services));
		List<FieldError> errors = new ArrayList<>(reader.errors);
		for (FieldError rule : ThingModelRules.check(draft)) {
			if (reader.broken.stream()
				.noneMatch((b) -> rule.field().equals(b) || rule.field().startsWith(b + ".")
						|| rule.field().startsWith(b + "["))) {
				errors.add(rule);
			}
		}
		return new Read(draft, errors);
	}

	/** Reads stored parameters (written by {@link #parameters(List)}). */
	public static List<ParameterDefinition> parameters(JsonNode array) {
		Reader reader = new Reader();
		List<ParameterDefinition> parameters = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			parameters.add(reader.parameter(array.get(i), "[" + i + "]"));
		}
		return parameters;
	}

	/** Reads stored enumeration values (written as a JSON array of strings). */
	public static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((v) -> values.add(v.asString()));
		return values;
	}

	/** The document of a device type, as an export writes it. */
	public static Map<String, Object> write(DeviceTypeDraft draft) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("format", FORMAT);
		json.put("code", draft.code());
		json.put("nameZh", draft.nameZh());
		json.put("nameEn", draft.nameEn());
		json.put("description", draft.description());
		json.put("properties", draft.model().properties().stream().map(ThingModelJson::property).toList());
		json.put("events", draft.model().events().stream().map(ThingModelJson::event).toList());
		json.put("services", draft.model().services().stream().map(ThingModelJson::service).toList());
		return json;
	}

	public static List<Map<String, Object>> parameters(List<ParameterDefinition> parameters) {
		return parameters.stream().map(ThingModelJson::parameter).toList();
	}

	private static Map<String, Object> property(PropertyDefinition p) {
		Map<String, Object> json = value(p.identifier(), p.nameZh(), p.nameEn(), p.dataType(), p.unit(), p.min(),
				p.max(), p.precision(), p.enumValues());
		json.put("writable", p.writable());
		return json;
	}

	private static Map<String, Object> parameter(ParameterDefinition p) {
		return value(p.identifier(), p.nameZh(), p.nameEn(), p.dataType(), p.unit(), p.min(), p.max(), p.precision(),
				p.enumValues());
	}

	private static Map<String, Object> event(EventDefinition e) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("identifier", e.identifier());
		json.put("nameZh", e.nameZh());
		json.put("nameEn", e.nameEn());
		json.put("level", e.level().name());
		json.put("outputs", parameters(e.outputs()));
		return json;
	}

	private static Map<String, Object> service(ServiceDefinition s) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("identifier", s.identifier());
		json.put("nameZh", s.nameZh());
		json.put("nameEn", s.nameEn());
		json.put("inputs", parameters(s.inputs()));
		json.put("outputs", parameters(s.outputs()));
		return json;
	}

	private static Map<String, Object> value(String identifier, String nameZh, String nameEn, DataType type,
			String unit, @Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable Integer precision,
			List<String> enumValues) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("identifier", identifier);
		json.put("nameZh", nameZh);
		json.put("nameEn", nameEn);
		json.put("dataType", type.name());
		json.put("unit", unit);
		json.put("min", min);
		json.put("max", max);
		json.put("precision", precision);
		json.put("enumValues", enumValues);
		return json;
	}

	/**
	 * Reads fields leniently: a field of the wrong JSON type is reported, replaced by a
	 * neutral value, and its element marked broken so the rules do not report it twice.
	 */
	private static final class Reader {

		private final List<FieldError> errors = new ArrayList<>();

		private final Set<String> broken = new java.util.HashSet<>();

		private void bad(String element, String field, String messageKey, Object... args) {
			this.errors.add(new FieldError(join(element, field), messageKey, args));
			this.broken.add(element.isEmpty() ? field : element);
		}

		String text(JsonNode parent, String field, String element) {
			JsonNode node = parent.get(field);
			if (node == null || node.isNull()) {
				return "";
			}
			if (!node.isString()) {
				bad(element, field, "problem.device.json.text");
				return "";
			}
			return node.stringValue();
		}

		@Nullable BigDecimal number(JsonNode parent, String field, String element) {
			JsonNode node = parent.get(field);
			if (node == null || node.isNull()) {
				return null;
			}
			if (!node.isNumber()) {
				bad(element, field, "problem.device.json.number");
				return null;
			}
			return node.decimalValue();
		}

		@Nullable Integer whole(JsonNode parent, String field, String element) {
			JsonNode node = parent.get(field);
			if (node == null || node.isNull()) {
				return null;
			}
			if (!node.isIntegralNumber() || !node.canConvertToInt()) {
				bad(element, field, "problem.device.json.whole");
				return null;
			}
			return node.intValue();
		}

		boolean flag(JsonNode parent, String field, String element) {
			JsonNode node = parent.get(field);
			if (node == null || node.isNull()) {
				return false;
			}
			if (!node.isBoolean()) {
				bad(element, field, "problem.device.json.boolean");
				return false;
			}
			return node.booleanValue();
		}

		<E extends Enum<E>> E choice(JsonNode parent, String field, String element, Class<E> type, E fallback) {
			JsonNode node = parent.get(field);
			String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
			if (node == null || node.isNull()) {
				bad(element, field, "problem.device.json.choice-required", allowed);
				return fallback;
			}
			if (node.isString()) {
				for (E constant : type.getEnumConstants()) {
					if (constant.name().equals(node.stringValue().trim().toUpperCase(Locale.ROOT))) {
						return constant;
					}
				}
			}
			bad(element, field, "problem.device.json.choice", node.toString(), allowed);
			return fallback;
		}

		List<String> strings(JsonNode parent, String field, String element) {
			JsonNode node = parent.get(field);
			List<String> values = new ArrayList<>();
			if (node == null || node.isNull()) {
				return values;
			}
			if (!node.isArray()) {
				bad(element, field, "problem.device.json.array");
				return values;
			}
			for (int i = 0; i < node.size(); i++) {
				JsonNode v = node.get(i);
				if (v.isString()) {
					values.add(v.stringValue().trim());
				}
				else {
					bad(element, field + "[" + i + "]", "problem.device.json.text");
				}
			}
			return values;
		}

		<T> List<T> list(JsonNode parent, String field, String element, BiFunction<JsonNode, String, T> reader) {
			JsonNode node = parent.get(field);
			List<T> items = new ArrayList<>();
			if (node == null || node.isNull()) {
				return items;
			}
			if (!node.isArray()) {
				bad(element, field, "problem.device.json.array");
				return items;
			}
			for (int i = 0; i < node.size(); i++) {
				String path = join(element, field) + "[" + i + "]";
				if (!node.get(i).isObject()) {
					this.errors.add(new FieldError(path, "problem.device.json.object"));
					this.broken.add(join(element, field));
					continue;
				}
				items.add(reader.apply(node.get(i), path));
			}
			return items;
		}

		PropertyDefinition property(JsonNode node, String path) {
			return new PropertyDefinition(text(node, "identifier", path).trim(), text(node, "nameZh", path).trim(),
					text(node, "nameEn", path).trim(), choice(node, "dataType", path, DataType.class, DataType.STRING),
					text(node, "unit", path).trim(), number(node, "min", path), number(node, "max", path),
					whole(node, "precision", path), strings(node, "enumValues", path), flag(node, "writable", path));
		}

		ParameterDefinition parameter(JsonNode node, String path) {
			return new ParameterDefinition(text(node, "identifier", path).trim(), text(node, "nameZh", path).trim(),
					text(node, "nameEn", path).trim(), choice(node, "dataType", path, DataType.class, DataType.STRING),
					text(node, "unit", path).trim(), number(node, "min", path), number(node, "max", path),
					whole(node, "precision", path), strings(node, "enumValues", path));
		}

		EventDefinition event(JsonNode node, String path) {
			return new EventDefinition(text(node, "identifier", path).trim(), text(node, "nameZh", path).trim(),
					text(node, "nameEn", path).trim(), choice(node, "level", path, EventLevel.class, EventLevel.INFO),
					list(node, "outputs", path, this::parameter));
		}

		ServiceDefinition service(JsonNode node, String path) {
			return new ServiceDefinition(text(node, "identifier", path).trim(), text(node, "nameZh", path).trim(),
					text(node, "nameEn", path).trim(), list(node, "inputs", path, this::parameter),
					list(node, "outputs", path, this::parameter));
		}

		private static String join(String element, String field) {
			return element.isEmpty() ? field : element + "." + field;
		}

	}

}
