package io.kaiwu.simulator.sparkplug;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The spBv1.0 topics of one edge node. */
record SparkplugTopics(String groupId, String edgeNodeId) {

	private static final Pattern ONLINE = Pattern.compile("\"online\"\\s*:\\s*true");

	/** {@code spBv1.0/{group}/{type}/{node}}, for NBIRTH, NDEATH, NDATA, NCMD. */
	String node(String type) {
		return "spBv1.0/" + this.groupId + "/" + type + "/" + this.edgeNodeId;
	}

	/**
	 * {@code spBv1.0/{group}/{type}/{node}/{device}}, for DBIRTH, DDEATH, DDATA, DCMD.
	 */
	String device(String type, String deviceId) {
		return node(type) + "/" + deviceId;
	}

	/** The Sparkplug 3.0 host state topic. */
	static String state(String hostId) {
		return "spBv1.0/STATE/" + hostId;
	}

	/** Whether a STATE payload ({@code {"online":true,"timestamp":...}}) says online. */
	static boolean stateOnline(byte[] payload) {
		return ONLINE.matcher(new String(payload, StandardCharsets.UTF_8)).find();
	}

}
