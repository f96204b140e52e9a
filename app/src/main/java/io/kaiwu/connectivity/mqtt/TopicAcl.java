package io.kaiwu.connectivity.mqtt;

import java.util.Optional;

/**
 * Which topics a device may use. A device with key {@code K} may publish to
 * {@code kaiwu/K/telemetry}, {@code kaiwu/K/events} and
 * {@code kaiwu/K/commands/<id>/reply} and subscribe to {@code kaiwu/K/commands/#} (or any
 * filter inside it); nothing else. Plain Java, no broker types, so the rules are tested
 * on their own.
 */
public final class TopicAcl {

	/** The first level of every Kaiwu topic. */
	public static final String ROOT = "kaiwu";

	private TopicAcl() {
	}

	/** The topic a device publishes its telemetry to. */
	public static String telemetryTopic(String deviceKey) {
		return ROOT + "/" + deviceKey + "/telemetry";
	}

	/** The topic a command is published to: {@code kaiwu/<key>/commands/<id>}. */
	public static String commandTopic(String deviceKey, String commandId) {
		return ROOT + "/" + deviceKey + "/commands/" + commandId;
	}

	/**
	 * A reply topic, {@code kaiwu/<key>/commands/<id>/reply}, taken apart.
	 *
	 * @param deviceKey the device.
	 * @param commandId the command id as in the topic.
	 */
	public record CommandReply(String deviceKey, String commandId) {
	}

	/** The device and command when this is a reply topic. */
	public static Optional<CommandReply> commandReply(String topic) {
		String[] levels = topic.split("/", -1);
		if (levels.length == 5 && ROOT.equals(levels[0]) && validKey(levels[1]) && "commands".equals(levels[2])
				&& !levels[3].isEmpty() && !hasWildcard(levels[3]) && "reply".equals(levels[4])) {
			return Optional.of(new CommandReply(levels[1], levels[3]));
		}
		return Optional.empty();
	}

	/** Whether the device may publish to this topic name. */
	public static boolean mayPublish(String deviceKey, String topic) {
		if (!validKey(deviceKey) || hasWildcard(topic)) {
			return false;
		}
		String[] levels = topic.split("/", -1);
		if (levels.length < 3 || !ROOT.equals(levels[0]) || !deviceKey.equals(levels[1])) {
			return false;
		}
		if (levels.length == 3) {
			return "telemetry".equals(levels[2]) || "events".equals(levels[2]);
		}
		return levels.length == 5 && "commands".equals(levels[2]) && !levels[3].isEmpty() && "reply".equals(levels[4]);
	}

	/**
	 * Whether the device may subscribe to this topic filter: only filters that match
	 * nothing outside {@code kaiwu/<key>/commands/#}.
	 */
	public static boolean maySubscribe(String deviceKey, String filter) {
		if (!validKey(deviceKey) || filter.startsWith("$share/")) {
			return false;
		}
		String[] levels = filter.split("/", -1);
		if (levels.length < 3 || !ROOT.equals(levels[0]) || !deviceKey.equals(levels[1])
				|| !"commands".equals(levels[2])) {
			return false;
		}
		for (int i = 3; i < levels.length; i++) {
			String level = levels[i];
			if ("#".equals(level)) {
				return i == levels.length - 1;
			}
			if (!"+".equals(level) && hasWildcard(level)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The device key when this is a telemetry topic, {@code kaiwu/<key>/telemetry}.
	 */
	public static Optional<String> telemetryDevice(String topic) {
		String[] levels = topic.split("/", -1);
		if (levels.length == 3 && ROOT.equals(levels[0]) && validKey(levels[1]) && "telemetry".equals(levels[2])) {
			return Optional.of(levels[1]);
		}
		return Optional.empty();
	}

	private static boolean validKey(String deviceKey) {
		return !deviceKey.isEmpty() && !hasWildcard(deviceKey) && deviceKey.indexOf('/') < 0;
	}

	private static boolean hasWildcard(String s) {
		return s.indexOf('+') >= 0 || s.indexOf('#') >= 0;
	}

}
