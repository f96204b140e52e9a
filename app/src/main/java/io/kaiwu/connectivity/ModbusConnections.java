package io.kaiwu.connectivity;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * Defines Modbus TCP connections from code (the demo plant does, from the simulator's
 * layout). A definition creates the connection or replaces the one of that name in the
 * tenant, checks it like the REST API does, is audited and starts or restarts its poller.
 * docs/modbus.md describes the register map lines.
 */
public interface ModbusConnections {

	/**
	 * Creates or replaces a connection.
	 * @param tenant the tenant; the maps may name only its devices.
	 * @param definition the connection.
	 * @return the connection's id.
	 * @throws io.kaiwu.shared.KaiwuProblem.InvalidInput when the definition breaks a
	 * rule.
	 */
	UUID define(TenantId tenant, Definition definition);

	/**
	 * A connection.
	 *
	 * @param name unique in the tenant.
	 * @param host the Modbus TCP server's host.
	 * @param port its port.
	 * @param unitId the unit id of lines that name none.
	 * @param pollInterval time between polls (100 ms to 1 h).
	 * @param timeout how long a request may take (100 ms to 60 s).
	 * @param enabled whether to poll it.
	 * @param registerLines the register map, one CSV line a mapping:
	 * {@code deviceKey,property,unitId,table,address,dataType,order,scale,offset}.
	 * @param commandLines the command map, the same columns with
	 * {@code service.parameter} in place of the property.
	 */
	record Definition(String name, String host, int port, int unitId, Duration pollInterval, Duration timeout,
			boolean enabled, List<String> registerLines, List<String> commandLines) {

		public Definition {
			registerLines = List.copyOf(registerLines);
			commandLines = List.copyOf(commandLines);
		}

	}

}
