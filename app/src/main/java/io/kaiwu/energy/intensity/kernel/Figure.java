package io.kaiwu.energy.intensity.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * A number that is either known or missing with the reason.
 *
 * @param value the value; {@literal null} when missing
 * @param gap why it is missing; {@literal null} when known
 * @param detail what the gap is about (hours missing, the carrier without coefficient)
 */
public record Figure(@Nullable BigDecimal value, @Nullable Gap gap, String detail) {

	public Figure {
		if ((value == null) == (gap == null)) {
			throw new IllegalArgumentException("a figure is either known or missing with a reason");
		}
	}

	public static Figure known(BigDecimal value) {
		return new Figure(value, null, "");
	}

	public static Figure missing(Gap gap, String detail) {
		return new Figure(null, gap, detail);
	}

	public boolean isKnown() {
		return this.value != null;
	}

	/**
	 * This figure divided by another, to {@code scale} decimals. Missing when either is
	 * (this one's reason first), or when the divisor is zero: the divisor's reason
	 * {@code whenZero}, never an infinite ratio.
	 */
	public Figure per(Figure divisor, Gap whenZero, int scale) {
		if (this.value == null) {
			return this;
		}
		if (divisor.value == null) {
			return divisor;
		}
		if (divisor.value.signum() == 0) {
			return missing(whenZero, "0");
		}
		return known(this.value.divide(divisor.value, scale, RoundingMode.HALF_UP));
	}

}
