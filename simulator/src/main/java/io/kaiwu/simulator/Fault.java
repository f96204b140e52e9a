package io.kaiwu.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * A fault the virtual factory injected.
 *
 * @param kind what kind of fault.
 * @param deviceKey the device that shows it.
 * @param start the plant time it started.
 * @param parameters its parameters as drawn, by name (for example
 * {@code hoursToBreakdown}).
 */
public record Fault(FaultKind kind, String deviceKey, Instant start, Map<String, Double> parameters) {

	public Fault {
		parameters = Map.copyOf(parameters);
	}

}
