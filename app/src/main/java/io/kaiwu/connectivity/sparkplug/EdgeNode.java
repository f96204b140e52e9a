package io.kaiwu.connectivity.sparkplug;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A registered Sparkplug B edge node of one tenant.
 *
 * @param id its id.
 * @param tenant the tenant its devices belong to.
 * @param groupId the Sparkplug group id.
 * @param edgeNodeId the edge node id.
 * @param plantNodeId where its devices are placed in the enterprise structure.
 * @param description may be empty.
 * @param secretHash the SHA-256 (hex) of its secret.
 * @param secretIssuedAt when the secret was issued.
 * @param createdAt when it was registered.
 */
public record EdgeNode(UUID id, UUID tenant, String groupId, String edgeNodeId, UUID plantNodeId, String description,
		String secretHash, Instant secretIssuedAt, Instant createdAt) {

	/** Group and edge node ids: letters, digits, {@code _} and {@code -}, 1 to 30. */
	public static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,30}");

	/** The MQTT user name the edge node signs in with: {@code spb:{group}:{node}}. */
	public String username() {
		return username(this.groupId, this.edgeNodeId);
	}

	static String username(String groupId, String edgeNodeId) {
		return SparkplugNames.USERNAME_PREFIX + groupId + ":" + edgeNodeId;
	}

	/** What the audit log keeps: never the secret hash. */
	Map<String, Object> snapshot() {
		return Map.of("groupId", this.groupId, "edgeNodeId", this.edgeNodeId, "plantNodeId", this.plantNodeId,
				"description", this.description, "secretIssuedAt", this.secretIssuedAt.toString());
	}

}
