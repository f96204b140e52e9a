package io.kaiwu.quality.spc;

import org.jspecify.annotations.Nullable;

/**
 * Specification limits (规格限) of a characteristic; either may be missing for a one-sided
 * specification.
 *
 * @param lower lower specification limit (LSL)
 * @param upper upper specification limit (USL)
 * @param target the nominal value; for two-sided specs the midpoint when not given
 */
public record SpecLimits(@Nullable Double lower, @Nullable Double upper, @Nullable Double target) {

	public SpecLimits {
		if (lower == null && upper == null) {
			throw new IllegalArgumentException("A capability study needs at least one specification limit");
		}
		if (lower != null && upper != null && lower >= upper) {
			throw new IllegalArgumentException(
					"The lower specification limit " + lower + " must be below the upper one " + upper);
		}
		if (target == null && lower != null && upper != null) {
			target = (lower + upper) / 2;
		}
	}

	public boolean twoSided() {
		return this.lower != null && this.upper != null;
	}

}
