package io.kaiwu.quality.spc;

/**
 * Control limits at one point. {@code sigma} is one standard error of the plotted
 * statistic, so the zone tests look at center ± 1, 2 and 3 sigma; the lower limit of a
 * statistic that cannot be negative (range, count, fraction) is floored at zero.
 *
 * @param center centre line (CL)
 * @param sigma one standard error of the plotted statistic
 * @param lower lower control limit (LCL)
 * @param upper upper control limit (UCL)
 */
public record Limits(double center, double sigma, double lower, double upper) {

	static Limits threeSigma(double center, double sigma) {
		return new Limits(center, sigma, center - 3 * sigma, center + 3 * sigma);
	}

	static Limits threeSigmaNonNegative(double center, double sigma) {
		return new Limits(center, sigma, Math.max(0, center - 3 * sigma), center + 3 * sigma);
	}

	/**
	 * How far a value lies from the centre line.
	 * @param value the plotted value
	 * @return its distance in sigmas, positive above the centre line
	 */
	public double zoneOf(double value) {
		return (this.sigma == 0) ? 0 : (value - this.center) / this.sigma;
	}

}
