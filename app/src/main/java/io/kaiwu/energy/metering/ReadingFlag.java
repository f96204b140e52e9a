package io.kaiwu.energy.metering;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A reading that was set aside and not counted, with the reason.
 *
 * @param reading the reading
 * @param reason why it was not counted
 * @param previousValue the value of the last counted reading it was compared with, if any
 */
public record ReadingFlag(CounterReading reading, Reason reason, @Nullable BigDecimal previousValue) {

	/** Why a reading was not counted. */
	public enum Reason {

		/** Lower than the previous reading, without a reset and not a rollover. */
		WENT_BACKWARDS,

		/** Not later than the previous reading. */
		NOT_AFTER_PREVIOUS,

		/** Below zero. */
		NEGATIVE,

		/** Above the counter's maximum. */
		ABOVE_COUNTER_MAXIMUM

	}

}
