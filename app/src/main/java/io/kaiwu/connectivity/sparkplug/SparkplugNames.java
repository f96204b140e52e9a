package io.kaiwu.connectivity.sparkplug;

import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The spBv1.0 topic namespace as Kaiwu uses it, the edge nodes' user names and topic
 * rules, and the device keys of announced devices. Plain Java, tested on its own.
 */
final class SparkplugNames {

	static final String NAMESPACE = "spBv1.0";

	static final String USERNAME_PREFIX = "spb:";

	/** Message types an edge node may publish. */
	private static final Set<String> PUBLISHED = Set.of("NBIRTH", "NDEATH", "NDATA", "DBIRTH", "DDEATH", "DDATA");

	private SparkplugNames() {
	}

	/**
	 * One Sparkplug topic taken apart.
	 *
	 * @param groupId the group.
	 * @param type NBIRTH, DDATA, ...
	 * @param edgeNodeId the edge node.
	 * @param deviceId the device, {@literal null} for node messages.
	 */
	record Topic(String groupId, String type, String edgeNodeId, @Nullable String deviceId) {

		boolean nodeLevel() {
			return this.deviceId == null;
		}

	}

	/** {@code [group, node]} from {@code spb:{group}:{node}}. */
	static Optional<String[]> parseUsername(String username) {
		if (!username.startsWith(USERNAME_PREFIX)) {
			return Optional.empty();
		}
		String[] ids = username.substring(USERNAME_PREFIX.length()).split(":", -1);
		if (ids.length != 2 || !EdgeNode.ID.matcher(ids[0]).matches() || !EdgeNode.ID.matcher(ids[1]).matches()) {
			return Optional.empty();
		}
		return Optional.of(ids);
	}

	/** A topic of the namespace, {@code spBv1.0/{group}/{type}/{node}[/{device}]}. */
	static Optional<Topic> parse(String topic) {
		String[] levels = topic.split("/", -1);
		if ((levels.length != 4 && levels.length != 5) || !NAMESPACE.equals(levels[0])) {
			return Optional.empty();
		}
		for (String level : levels) {
			if (level.isEmpty() || level.indexOf('+') >= 0 || level.indexOf('#') >= 0) {
				return Optional.empty();
			}
		}
		boolean deviceType = levels[2].startsWith("D");
		if (deviceType != (levels.length == 5)) {
			return Optional.empty();
		}
		return Optional.of(new Topic(levels[1], levels[2], levels[3], (levels.length == 5) ? levels[4] : null));
	}

	/**
	 * Whether the edge node may publish here: its own births, deaths and data, nothing
	 * else (no commands, no STATE, no other node's topics).
	 */
	static boolean mayPublish(String groupId, String edgeNodeId, String topic) {
		return parse(topic).filter(
				(t) -> t.groupId().equals(groupId) && t.edgeNodeId().equals(edgeNodeId) && PUBLISHED.contains(t.type()))
			.isPresent();
	}

	/**
	 * Whether the edge node may subscribe: its NCMD, its DCMD (one device or {@code +}),
	 * and the STATE of host applications.
	 */
	static boolean maySubscribe(String groupId, String edgeNodeId, String filter) {
		if (filter.startsWith("$share/")) {
			return false;
		}
		String node = NAMESPACE + "/" + groupId + "/NCMD/" + edgeNodeId;
		if (filter.equals(node)) {
			return true;
		}
		String devices = NAMESPACE + "/" + groupId + "/DCMD/" + edgeNodeId + "/";
		if (filter.startsWith(devices)) {
			String device = filter.substring(devices.length());
			return "+".equals(device) || "#".equals(device) || (!device.isEmpty() && device.indexOf('/') < 0
					&& device.indexOf('+') < 0 && device.indexOf('#') < 0);
		}
		String state = NAMESPACE + "/STATE/";
		if (filter.startsWith(state)) {
			String host = filter.substring(state.length());
			return "+".equals(host) || (!host.isEmpty() && host.indexOf('/') < 0 && host.indexOf('#') < 0);
		}
		return false;
	}

	/** The Sparkplug 3.0 STATE topic of a host application. */
	static String stateTopic(String hostId) {
		return NAMESPACE + "/STATE/" + hostId;
	}

	static String nodeTopic(String groupId, String type, String edgeNodeId) {
		return NAMESPACE + "/" + groupId + "/" + type + "/" + edgeNodeId;
	}

	/**
	 * The Kaiwu device key of a Sparkplug device, {@code {group}.{node}.{device}}, or of
	 * the edge node itself (its own metrics), {@code {group}.{node}}.
	 */
	static String deviceKey(String groupId, String edgeNodeId, @Nullable String deviceId) {
		return groupId + "." + edgeNodeId + ((deviceId != null) ? "." + deviceId : "");
	}

}
