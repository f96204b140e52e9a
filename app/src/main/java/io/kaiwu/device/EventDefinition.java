package io.kaiwu.device;

import java.util.List;

/**
 * An event (事件) of the thing model that a device reports, such as an alarm.
 *
 * @param identifier matches {@code [a-zA-Z][a-zA-Z0-9_]{0,63}}, unique in the type.
 * @param nameZh the Chinese name.
 * @param nameEn the English name; may be empty.
 * @param level info, warn or alert.
 * @param outputs the values the event carries.
 */
public record EventDefinition(String identifier, String nameZh, String nameEn, EventLevel level,
		List<ParameterDefinition> outputs) {

	public EventDefinition {
		outputs = List.copyOf(outputs);
	}

}
