package io.kaiwu.simulator;

import java.util.Map;

/**
 * Where an outlet hands a command it received for one of its devices (a service of the
 * device's thing model, for example {@code setSpindleOverride}).
 */
@FunctionalInterface
public interface CommandSink {

	/**
	 * Applies a command to the plant model.
	 * @param deviceKey the device.
	 * @param service the service identifier.
	 * @param params its parameters.
	 * @return the outcome, which the outlet reports back over its protocol.
	 */
	CommandOutcome apply(String deviceKey, String service, Map<String, Object> params);

	/**
	 * What became of a command.
	 *
	 * @param ok whether the device accepted it.
	 * @param message why not, or a short confirmation.
	 */
	record CommandOutcome(boolean ok, String message) {
	}

}
