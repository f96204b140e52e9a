package io.kaiwu.telemetry;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a device reported at one time, before it is checked against its thing model.
 *
 * @param ts when it was measured; {@literal null} means "when it arrived".
 * @param values property identifier → value (a number, a boolean or a string).
 * @param quality the quality the device reported, {@link Quality#GOOD} when it said none.
 */
public record Reading(@Nullable Instant ts, Map<String, Object> values, Quality quality) {

	public Reading {
		values = Map.copyOf(values);
	}

}
