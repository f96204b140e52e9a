package io.kaiwu.connectivity;

import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * Lets other modules (the demo plant) set up an OPC UA connection without a signed-in
 * user; the change is audited as {@code system}.
 */
public interface OpcUaConnections {

	/**
	 * Creates the tenant's connection of this name, or replaces it when it exists, and
	 * (re)starts it when enabled.
	 * @param tenant the tenant.
	 * @param definition the connection.
	 * @return the connection's id.
	 * @throws io.kaiwu.shared.KaiwuProblem.InvalidInput when the definition breaks a rule
	 * (an unknown device or property, a malformed node id or URL).
	 */
	UUID define(TenantId tenant, OpcUaConnectionDefinition definition);

}
