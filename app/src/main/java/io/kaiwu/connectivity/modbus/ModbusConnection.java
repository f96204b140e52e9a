package io.kaiwu.connectivity.modbus;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * A Modbus TCP server Kaiwu polls, and what it reads and writes there.
 *
 * @param id the connection's id.
 * @param tenant the tenant it belongs to; its maps name only that tenant's devices.
 * @param name unique in the tenant.
 * @param host the server's host name or address.
 * @param port its TCP port (502 by convention).
 * @param unitId the unit id of mappings that name none.
 * @param pollInterval time between the starts of two polls.
 * @param timeout how long one request may take.
 * @param enabled whether Kaiwu polls it.
 * @param registers what is read: properties.
 * @param commands what is written: service parameters ({@code service.parameter}).
 * @param createdAt when created.
 * @param updatedAt when last changed.
 */
public record ModbusConnection(UUID id, TenantId tenant, String name, String host, int port, int unitId,
		Duration pollInterval, Duration timeout, boolean enabled, List<RegisterMapping> registers,
		List<RegisterMapping> commands, Instant createdAt, Instant updatedAt) {

	public ModbusConnection {
		registers = List.copyOf(registers);
		commands = List.copyOf(commands);
	}

	/** For the audit log: the settings and both maps as CSV lines. */
	Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("name", this.name);
		s.put("host", this.host);
		s.put("port", this.port);
		s.put("unitId", this.unitId);
		s.put("pollIntervalMs", this.pollInterval.toMillis());
		s.put("timeoutMs", this.timeout.toMillis());
		s.put("enabled", this.enabled);
		s.put("registers", RegisterMapCsv.lines(this.registers));
		s.put("commands", RegisterMapCsv.lines(this.commands));
		return s;
	}

}
