package io.kaiwu.device;

import java.util.List;

/**
 * A service (服务（指令）) of the thing model: a command the platform can send to a device.
 *
 * @param identifier matches {@code [a-zA-Z][a-zA-Z0-9_]{0,63}}, unique in the type.
 * @param nameZh the Chinese name.
 * @param nameEn the English name; may be empty.
 * @param inputs the parameters of the command.
 * @param outputs the values the device answers with.
 */
public record ServiceDefinition(String identifier, String nameZh, String nameEn, List<ParameterDefinition> inputs,
		List<ParameterDefinition> outputs) {

	public ServiceDefinition {
		inputs = List.copyOf(inputs);
		outputs = List.copyOf(outputs);
	}

}
