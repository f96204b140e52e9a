package io.kaiwu.quality.inspection.plan;

import org.jspecify.annotations.Nullable;

/**
 * The specification limits of a measured characteristic: LSL and USL, either of which may
 * be open (a one-sided tolerance such as roughness Ra ≤ 1.6). A value on a limit
 * conforms.
 *
 * @param lower the lower specification limit (LSL), {@literal null} when open
 * @param upper the upper specification limit (USL), {@literal null} when open
 */
public record SpecLimits(@Nullable Double lower, @Nullable Double upper) {

	public SpecLimits {
		if (lower != null && upper != null && lower >= upper) {
			throw new IllegalArgumentException("the lower spec limit " + lower + " must be below the upper " + upper);
		}
	}

	/**
	 * The limits of a nominal with signed tolerances (ISO style: upper +0.05, lower −0.03
	 * give LSL = nominal − 0.03 and USL = nominal + 0.05).
	 */
	public static SpecLimits ofTolerances(double nominal, @Nullable Double lowerTolerance,
			@Nullable Double upperTolerance) {
		return new SpecLimits((lowerTolerance != null) ? nominal + lowerTolerance : null,
				(upperTolerance != null) ? nominal + upperTolerance : null);
	}

	/** Whether a measured value lies within the limits (a value on a limit conforms). */
	public boolean conforms(double value) {
		return (this.lower == null || value >= this.lower) && (this.upper == null || value <= this.upper);
	}

}
