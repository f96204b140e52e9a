package io.kaiwu.simulator.modbus;

import java.util.List;

/**
 * A service of a device kind that can be called over Modbus: each parameter takes two
 * holding registers (float32, ABCD) in the command block, in the order listed.
 *
 * @param service the service identifier, for example {@code setSpindleOverride}.
 * @param parameters its numeric input parameters.
 */
public record ServiceRegisters(String service, List<String> parameters) {

	public ServiceRegisters {
		parameters = List.copyOf(parameters);
		if (parameters.isEmpty()) {
			throw new IllegalArgumentException("A service needs at least one parameter register: " + service);
		}
	}

}
