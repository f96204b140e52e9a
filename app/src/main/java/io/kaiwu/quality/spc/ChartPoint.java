package io.kaiwu.quality.spc;

/**
 * One plotted point with the limits that hold for it.
 *
 * @param subgroup index of its subgroup in the charted series (0-based)
 * @param value the plotted statistic
 * @param limits its control limits
 */
public record ChartPoint(int subgroup, double value, Limits limits) {

	public boolean beyondLimits() {
		return this.value > this.limits.upper() || this.value < this.limits.lower();
	}

}
