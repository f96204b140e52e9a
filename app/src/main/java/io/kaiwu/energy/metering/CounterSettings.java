package io.kaiwu.energy.metering;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * How a meter's counter behaves.
 *
 * @param readingPeriod how often it is read (for example 15 minutes); two readings
 * further apart than one and a half periods leave a gap
 * @param counterMaximum the highest value the register shows (for example 99999999); one
 * step further it wraps to zero. Empty when it does not wrap.
 * @param resetBelow a drop to this value or below counts as a reset of the counter even
 * when the reading does not say so; empty to accept only resets the reading declares
 */
public record CounterSettings(Duration readingPeriod, @Nullable BigDecimal counterMaximum,
		@Nullable BigDecimal resetBelow) {

	public CounterSettings {
		Objects.requireNonNull(readingPeriod, "readingPeriod");
		if (readingPeriod.isNegative() || readingPeriod.isZero()) {
			throw new IllegalArgumentException("the reading period must be positive");
		}
		if (counterMaximum != null && counterMaximum.signum() <= 0) {
			throw new IllegalArgumentException("the counter maximum must be positive");
		}
		if (resetBelow != null && resetBelow.signum() < 0) {
			throw new IllegalArgumentException("the reset threshold must not be negative");
		}
	}

	/** The longest span between two readings that still counts as one interval. */
	public Duration longestInterval() {
		return this.readingPeriod.plus(this.readingPeriod.dividedBy(2));
	}

	/**
	 * How many steps the register has before it repeats: its maximum plus its last
	 * digit's step, so 99999999 wraps after 100000000 and 99999.9 after 100000.0.
	 */
	@Nullable BigDecimal counterModulus() {
		return (this.counterMaximum != null) ? this.counterMaximum.add(this.counterMaximum.ulp()) : null;
	}

}
