package io.kaiwu.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * What one device reports at one instant.
 *
 * @param deviceKey the device.
 * @param at the (simulated) time of the measurement.
 * @param values property identifier to value ({@link Double}, {@link Long},
 * {@link Boolean} or {@link String}, as the property's {@link ValueType} says).
 */
public record Sample(String deviceKey, Instant at, Map<String, Object> values) {

	public Sample {
		values = Map.copyOf(values);
	}

}
