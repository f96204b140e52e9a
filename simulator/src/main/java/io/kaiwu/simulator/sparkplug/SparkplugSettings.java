package io.kaiwu.simulator.sparkplug;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Where and as whom the simulated edge node connects.
 *
 * @param brokerUrl {@code tcp://host:port} of the MQTT broker.
 * @param username the MQTT user name (for Kaiwu {@code spb:{group}:{node}}).
 * @param password the MQTT password (for Kaiwu the edge node's secret).
 * @param groupId the Sparkplug group id, for example {@code kaiwu-demo}.
 * @param edgeNodeId the edge node id, for example {@code sim-edge-01}.
 * @param primaryHostId the host application whose {@code spBv1.0/STATE/{id}} must say
 * online before the node sends its births; {@literal null} to send them at once.
 */
public record SparkplugSettings(String brokerUrl, String username, String password, String groupId, String edgeNodeId,
		@Nullable String primaryHostId) {

	public SparkplugSettings {
		for (String id : new String[] { groupId, edgeNodeId }) {
			if (id.isEmpty() || id.contains("/") || id.contains("+") || id.contains("#")) {
				throw new IllegalArgumentException("A Sparkplug id must not be empty nor contain / + #: " + id);
			}
		}
	}

	String host() {
		return URI.create(this.brokerUrl).getHost();
	}

	int port() {
		int port = URI.create(this.brokerUrl).getPort();
		return (port < 0) ? 1883 : port;
	}

}
