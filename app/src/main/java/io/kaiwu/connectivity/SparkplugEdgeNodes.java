package io.kaiwu.connectivity;

import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * Registers Sparkplug B edge nodes from code (the demo plant registers its simulated
 * gateway). Audited as {@code system}, like a registration through the REST API.
 */
public interface SparkplugEdgeNodes {

	/**
	 * Registers the edge node in the tenant, or, when it is registered there already,
	 * gives it a new secret (the old one stops working).
	 * @param tenant the tenant the edge node and its devices belong to.
	 * @param groupId the Sparkplug group id.
	 * @param edgeNodeId the edge node id.
	 * @param plantNodeId where the devices it announces are placed.
	 * @param description a note for the people who read the list.
	 * @return the MQTT credentials the edge node signs in with.
	 * @throws io.kaiwu.shared.KaiwuProblem when the ids are taken by another tenant or
	 * break the rules.
	 */
	Credentials provide(TenantId tenant, String groupId, String edgeNodeId, UUID plantNodeId, String description);

	/**
	 * How an edge node signs in to the embedded broker.
	 *
	 * @param username {@code spb:{group}:{node}}.
	 * @param password the secret, in clear, known only to the caller.
	 */
	record Credentials(String username, String password) {
	}

}
