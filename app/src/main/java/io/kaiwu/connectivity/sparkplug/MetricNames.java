package io.kaiwu.connectivity.sparkplug;

import java.util.Optional;
import java.util.Set;

import io.kaiwu.device.DataType;
import org.eclipse.tahu.message.model.MetricDataType;

/**
 * How Sparkplug metric names and datatypes become thing-model properties
 * (docs/sparkplug.md).
 */
final class MetricNames {

	/** Kaiwu's command convention: the DCMD metrics and the device's reply metrics. */
	static final String SERVICE = "Kaiwu/Service";

	static final String COMMAND_ID = "Kaiwu/CommandId";

	static final String COMMAND_OK = "Kaiwu/CommandOk";

	static final String COMMAND_MESSAGE = "Kaiwu/CommandMessage";

	static final String REBIRTH = "Node Control/Rebirth";

	static final String BD_SEQ = "bdSeq";

	private MetricNames() {
	}

	/** Sparkplug's and Kaiwu's own metrics, which are not properties. */
	static boolean reserved(String name) {
		return BD_SEQ.equals(name) || name.startsWith("Node Control/") || name.startsWith("Device Control/")
				|| name.startsWith("Properties/") || name.startsWith("Kaiwu/");
	}

	/**
	 * A property identifier ({@code [a-zA-Z][a-zA-Z0-9_]{0,63}}) from a metric name:
	 * every other character becomes {@code _}, a name that does not start with a letter
	 * gets {@code m_} in front, and it is cut at 64 characters.
	 */
	static String identifier(String name) {
		StringBuilder id = new StringBuilder(name.length() + 2);
		for (char c : name.toCharArray()) {
			boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
			id.append(ok ? c : '_');
		}
		if (id.isEmpty() || !Character.isLetter(id.charAt(0)) || id.charAt(0) > 'z') {
			id.insert(0, "m_");
		}
		return (id.length() > 64) ? id.substring(0, 64) : id.toString();
	}

	/**
	 * The identifier, with {@code _2}, {@code _3}... when another metric already has it.
	 */
	static String unique(String identifier, Set<String> taken) {
		String candidate = identifier;
		for (int n = 2; !taken.add(candidate); n++) {
			String suffix = "_" + n;
			candidate = identifier.substring(0, Math.min(identifier.length(), 64 - suffix.length())) + suffix;
		}
		return candidate;
	}

	/**
	 * The thing-model data type of a Sparkplug datatype, empty when Kaiwu does not store
	 * it.
	 */
	static Optional<DataType> dataType(MetricDataType type) {
		String name = type.getType();
		return Optional.ofNullable(switch (name) {
			case "Int8", "Int16", "Int32", "UInt8", "UInt16" -> DataType.INT;
			case "Int64", "UInt32", "UInt64", "DateTime" -> DataType.LONG;
			case "Float" -> DataType.FLOAT;
			case "Double" -> DataType.DOUBLE;
			case "Boolean" -> DataType.BOOLEAN;
			case "String", "Text", "UUID" -> DataType.STRING;
			default -> null;
		});
	}

}
