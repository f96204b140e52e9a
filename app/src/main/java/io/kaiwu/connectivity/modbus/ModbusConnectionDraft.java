package io.kaiwu.connectivity.modbus;

import java.time.Duration;
import java.util.List;

/**
 * What a user or a module asks a connection to be.
 *
 * @param name unique in the tenant, at most 100 characters.
 * @param host at most 255 characters.
 * @param port 1..65535.
 * @param unitId 0..255, for mappings that name none.
 * @param pollInterval 100 ms to 1 h.
 * @param timeout 100 ms to 60 s.
 * @param enabled whether to poll.
 * @param registers the register map.
 * @param commands the command map.
 */
public record ModbusConnectionDraft(String name, String host, int port, int unitId, Duration pollInterval,
		Duration timeout, boolean enabled, List<RegisterMapping> registers, List<RegisterMapping> commands) {

	public ModbusConnectionDraft {
		registers = List.copyOf(registers);
		commands = List.copyOf(commands);
	}

}
