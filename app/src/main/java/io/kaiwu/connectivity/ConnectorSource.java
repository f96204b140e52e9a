package io.kaiwu.connectivity;

import java.util.List;

/**
 * Connectors that come and go at run time (one per configured Modbus connection, for
 * example), listed on the connectors page beside the {@link Connector} beans.
 */
public interface ConnectorSource {

	/** The connectors the signed-in user may see now. */
	List<Connector> connectors();

}
