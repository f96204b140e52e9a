package io.kaiwu.production.stock;

import java.math.BigDecimal;

/** Quantities as people write them: no trailing zeros, no exponent. */
public final class Quantities {

	private Quantities() {
	}

	/**
	 * The quantity without trailing zeros and without an exponent ({@code 100}, not
	 * {@code 1E+2}).
	 * @param value a quantity.
	 * @return the same value.
	 */
	public static BigDecimal plain(BigDecimal value) {
		if (value.signum() == 0) {
			return BigDecimal.ZERO;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
