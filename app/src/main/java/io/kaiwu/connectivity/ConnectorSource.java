package io.kaiwu.connectivity;

import java.util.List;

import io.kaiwu.shared.TenantId;

/**
 * Connectors that come and go at run time (one per configured OPC UA or Modbus
 * connection), listed on the connectors page next to the fixed {@link Connector} beans.
 */
public interface ConnectorSource {

	/**
	 * The connectors a tenant's users may see now.
	 * @param tenant the viewer's tenant.
	 */
	List<Connector> connectors(TenantId tenant);

	/**
	 * The connectors of every tenant, for sampling their message rates; never shown to a
	 * user as they are.
	 */
	List<Connector> connectorsOfAllTenants();

}
