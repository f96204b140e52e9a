package io.kaiwu.connectivity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An OPC UA connection as another module defines it (see {@link OpcUaConnections}), with
 * the same rules as the REST API: docs/opcua.md.
 *
 * @param name unique in the tenant, at most 100 characters.
 * @param endpointUrl {@code opc.tcp://host:port/path}.
 * @param securityPolicy {@code None} or {@code Basic256Sha256}.
 * @param securityMode {@code None}, {@code Sign} or {@code SignAndEncrypt} ({@code None}
 * exactly when the policy is {@code None}).
 * @param username user name to sign in with; {@literal null} for anonymous.
 * @param password its password; {@literal null} for anonymous.
 * @param enabled whether Kaiwu connects.
 * @param mappings which node feeds which device property.
 */
public record OpcUaConnectionDefinition(String name, String endpointUrl, String securityPolicy, String securityMode,
		@Nullable String username, @Nullable String password, boolean enabled, List<Mapping> mappings) {

	public OpcUaConnectionDefinition {
		mappings = List.copyOf(mappings);
	}

	/**
	 * One monitored node.
	 *
	 * @param nodeId the node id in OPC UA text form, for example
	 * {@code ns=2;s=demo-cnc-01/spindleSpeed}.
	 * @param deviceKey the device whose property it is.
	 * @param property the property identifier of the device's thing model.
	 * @param samplingMs how often the server samples the node, in milliseconds (10 to 3
	 * 600 000).
	 */
	public record Mapping(String nodeId, String deviceKey, String property, int samplingMs) {
	}

}
