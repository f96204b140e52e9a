package io.kaiwu.quality.trace;

import org.jspecify.annotations.Nullable;

/**
 * One numeric property of a machine's device around a production step.
 *
 * @param property the thing model's property identifier
 * @param nameZh its Chinese name
 * @param nameEn its English name (may be empty)
 * @param unit its unit symbol (may be empty)
 * @param count measurements in the window
 * @param min the smallest, or {@literal null} when none
 * @param mean the mean, or {@literal null} when none
 * @param max the largest, or {@literal null} when none
 * @param lowerLimit the thing model's smallest valid value, when it has one
 * @param upperLimit the largest valid value, when it has one
 */
public record SignalSummary(String property, String nameZh, String nameEn, String unit, long count,
		@Nullable Double min, @Nullable Double mean, @Nullable Double max, @Nullable Double lowerLimit,
		@Nullable Double upperLimit) {

	/** Whether a measured extreme left the valid range the thing model gives. */
	public boolean outOfRange() {
		return (this.min != null && this.lowerLimit != null && this.min < this.lowerLimit)
				|| (this.max != null && this.upperLimit != null && this.max > this.upperLimit);
	}

}
