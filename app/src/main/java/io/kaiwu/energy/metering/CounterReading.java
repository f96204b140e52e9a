package io.kaiwu.energy.metering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One reading of a cumulative counter (表底数).
 *
 * @param at when it was read
 * @param value what the counter showed
 * @param reset whether the counter was replaced or zeroed just before this reading (a
 * meter change, 换表): the value then counts from zero
 * @param oldCounterFinal with a reset, the last value of the old counter when it was
 * taken out, if recorded: then the consumption between the previous reading and the
 * change is known too
 */
public record CounterReading(Instant at, BigDecimal value, boolean reset, @Nullable BigDecimal oldCounterFinal) {

	public CounterReading {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(value, "value");
	}

	/** An ordinary reading. */
	public static CounterReading of(Instant at, BigDecimal value) {
		return new CounterReading(at, value, false, null);
	}

	/** The first reading of a new or zeroed counter. */
	public static CounterReading afterReset(Instant at, BigDecimal value, @Nullable BigDecimal oldCounterFinal) {
		return new CounterReading(at, value, true, oldCounterFinal);
	}

}
