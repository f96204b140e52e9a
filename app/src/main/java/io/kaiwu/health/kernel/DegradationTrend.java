package io.kaiwu.health.kernel;

import java.util.List;
import java.util.Optional;

/**
 * The trend of a degradation that grows with the square of time since it began, as a
 * bearing's vibration does while it wears: the square root of the excess is then a
 * straight line in time, fitted by least squares. Where that line reaches the square root
 * of a failure threshold is the expected failure; its band follows from the fit's
 * standard errors (delta method, two-sided 90 %).
 */
final class DegradationTrend {

	/** z of a two-sided 90 % band. */
	private static final double Z90 = 1.645;

	private DegradationTrend() {
	}

	/**
	 * A point of the trend.
	 *
	 * @param hours time, hours from any fixed origin
	 * @param excess the mean vibration excess over the baseline around that time, mm/s
	 */
	record Point(double hours, double excess) {
	}

	/**
	 * The fitted line √excess = intercept + slope · hours, with the variances of its
	 * coefficients (already widened for residuals that follow each other).
	 *
	 * @param intercept √excess at hour 0
	 * @param slope growth of √excess per hour
	 * @param interceptVariance variance of the intercept
	 * @param slopeVariance variance of the slope
	 * @param covariance covariance of intercept and slope
	 */
	record Fit(double intercept, double slope, double interceptVariance, double slopeVariance, double covariance) {

		/** The slope's t statistic. */
		double significance() {
			return (this.slopeVariance > 0) ? this.slope / Math.sqrt(this.slopeVariance) : Double.POSITIVE_INFINITY;
		}

		/** The hour at which the line reaches an excess. */
		double crossing(double excess) {
			return (Math.sqrt(excess) - this.intercept) / this.slope;
		}

		/** The early end of the 90 % band of {@link #crossing}. */
		double earliest(double excess) {
			return crossing(excess) - Z90 * crossingError(excess);
		}

		/** The late end of the 90 % band of {@link #crossing}. */
		double latest(double excess) {
			return crossing(excess) + Z90 * crossingError(excess);
		}

		/** Standard error of the crossing, by the delta method. */
		private double crossingError(double excess) {
			double x = crossing(excess);
			double variance = (this.interceptVariance + x * x * this.slopeVariance + 2 * x * this.covariance)
					/ (this.slope * this.slope);
			return Math.sqrt(Math.max(0, variance));
		}

	}

	/**
	 * Fits the points.
	 * @param points at least three, in time order
	 * @return empty when there are fewer than three points, no spread in time, or the
	 * trend does not rise
	 */
	static Optional<Fit> fit(List<Point> points) {
		int n = points.size();
		if (n < 3) {
			return Optional.empty();
		}
		double meanX = 0;
		double meanY = 0;
		for (Point p : points) {
			meanX += p.hours();
			meanY += root(p.excess());
		}
		meanX /= n;
		meanY /= n;
		double sxx = 0;
		double sxy = 0;
		for (Point p : points) {
			double dx = p.hours() - meanX;
			sxx += dx * dx;
			sxy += dx * (root(p.excess()) - meanY);
		}
		if (sxx <= 0) {
			return Optional.empty();
		}
		double slope = sxy / sxx;
		if (slope <= 0) {
			return Optional.empty();
		}
		double intercept = meanY - slope * meanX;
		double residuals = 0;
		double lagged = 0;
		double previous = Double.NaN;
		for (Point p : points) {
			double r = root(p.excess()) - intercept - slope * p.hours();
			residuals += r * r;
			if (!Double.isNaN(previous)) {
				lagged += r * previous;
			}
			previous = r;
		}
		double variance = residuals / (n - 2) * autocorrelationFactor(residuals, lagged);
		return Optional.of(new Fit(intercept, slope, variance * (1.0 / n + meanX * meanX / sxx), variance / sxx,
				-meanX * variance / sxx));
	}

	/**
	 * Residuals that follow each other (slow drift) carry less information than their
	 * number says: the variance is widened by (1 + ρ) / (1 − ρ) for a lag-1
	 * autocorrelation ρ &gt; 0.
	 */
	private static double autocorrelationFactor(double residuals, double lagged) {
		if (residuals <= 0) {
			return 1;
		}
		double rho = Math.min(0.95, Math.max(0, lagged / residuals));
		return (1 + rho) / (1 - rho);
	}

	private static double root(double excess) {
		return Math.sqrt(Math.max(0, excess));
	}

}
