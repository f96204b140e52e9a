package io.kaiwu.quality.spc;

import org.apache.commons.math3.special.Gamma;

/**
 * The control-chart constants for subgroups of {@code n} (2 to 25), computed rather than
 * copied: d2 and d3 are the mean and standard deviation of the range of n standard normal
 * values (numerical integration), c4 is the exact bias of the sample standard deviation,
 * c4 = √(2/(n−1))·Γ(n/2)/Γ((n−1)/2). The others follow: A2 = 3/(d2√n), D3 = max(0, 1 −
 * 3·d3/d2), D4 = 1 + 3·d3/d2, A3 = 3/(c4√n), B3 = max(0, 1 − 3√(1−c4²)/c4), B4 = 1 +
 * 3√(1−c4²)/c4. Printed tables round these to three or four decimals (and some print
 * D4(3) as 2.574, some 2.575: the exact value is 2.5746).
 *
 * @param n subgroup size
 * @param d2 mean of the relative range
 * @param d3 standard deviation of the relative range
 * @param c4 mean of the sample standard deviation of n standard normals
 */
public record ControlChartConstants(int n, double d2, double d3, double c4) {

	/** Smallest subgroup with a range. */
	public static final int SMALLEST = 2;

	/** Largest subgroup the constants are offered for. */
	public static final int LARGEST = 25;

	private static final ControlChartConstants[] TABLE = new ControlChartConstants[LARGEST + 1];

	/**
	 * The constants for one subgroup size.
	 * @param n subgroup size, 2 to 25
	 * @return its constants
	 */
	public static ControlChartConstants of(int n) {
		if (n < SMALLEST || n > LARGEST) {
			throw new IllegalArgumentException(
					"Control-chart constants exist for subgroups of " + SMALLEST + " to " + LARGEST + ", not " + n);
		}
		synchronized (TABLE) {
			if (TABLE[n] == null) {
				TABLE[n] = new ControlChartConstants(n, RangeMoments.meanRange(n),
						RangeMoments.standardDeviationOfRange(n), c4(n));
			}
			return TABLE[n];
		}
	}

	static double c4(int n) {
		return Math.sqrt(2.0 / (n - 1)) * Math.exp(Gamma.logGamma(n / 2.0) - Gamma.logGamma((n - 1) / 2.0));
	}

	public double a2() {
		return 3 / (this.d2 * Math.sqrt(this.n));
	}

	/** D3, the R chart's lower-limit factor. */
	public double factorD3() {
		return Math.max(0, 1 - 3 * this.d3 / this.d2);
	}

	/** D4, the R chart's upper-limit factor. */
	public double factorD4() {
		return 1 + 3 * this.d3 / this.d2;
	}

	public double a3() {
		return 3 / (this.c4 * Math.sqrt(this.n));
	}

	public double b3() {
		return Math.max(0, 1 - 3 * Math.sqrt(1 - this.c4 * this.c4) / this.c4);
	}

	public double b4() {
		return 1 + 3 * Math.sqrt(1 - this.c4 * this.c4) / this.c4;
	}

}
