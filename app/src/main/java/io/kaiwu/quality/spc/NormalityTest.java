package io.kaiwu.quality.spc;

import java.util.Arrays;

import org.apache.commons.math3.special.Erf;

/**
 * The Anderson–Darling test for normality, with mean and standard deviation estimated
 * from the data: A² = −N − (1/N)·Σ(2i−1)[ln Φ(zᵢ) + ln(1 − Φ(z_{N+1−i}))], adjusted for
 * the sample size as A*² = A²(1 + 0.75/N + 2.25/N²), and the p-value from D'Agostino and
 * Stephens' (1986, table 4.9) approximation. A small p-value (below 0.05, say) says the
 * values are not normal, and capability indices computed from them mislead.
 *
 * @param n number of values
 * @param aSquared the statistic A²
 * @param adjusted A*², adjusted for the sample size
 * @param pValue the probability of an A*² this large from normal data
 */
public record NormalityTest(int n, double aSquared, double adjusted, double pValue) {

	/** Fewest values the test is run on. */
	public static final int SMALLEST = 8;

	/**
	 * @param values at least {@link #SMALLEST} values, not all equal
	 * @return the test
	 */
	public static NormalityTest andersonDarling(double[] values) {
		int n = values.length;
		if (n < SMALLEST) {
			throw new IllegalArgumentException("The normality test needs at least " + SMALLEST + " values, not " + n);
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		double mean = 0;
		for (double value : sorted) {
			mean += value;
		}
		mean /= n;
		double squares = 0;
		for (double value : sorted) {
			squares += (value - mean) * (value - mean);
		}
		double sd = Math.sqrt(squares / (n - 1));
		if (sd == 0) {
			throw new IllegalArgumentException("All values are equal: the normality test cannot judge them");
		}
		double sum = 0;
		for (int i = 0; i < n; i++) {
			double low = phi((sorted[i] - mean) / sd);
			double high = phi((sorted[n - 1 - i] - mean) / sd);
			sum += (2 * i + 1) * (Math.log(low) + Math.log1p(-high));
		}
		double aSquared = -n - sum / n;
		double adjusted = aSquared * (1 + 0.75 / n + 2.25 / ((double) n * n));
		return new NormalityTest(n, aSquared, adjusted, pValue(adjusted));
	}

	private static double pValue(double a) {
		if (a >= 0.6) {
			return Math.exp(1.2937 - 5.709 * a + 0.0186 * a * a);
		}
		if (a >= 0.34) {
			return Math.exp(0.9177 - 4.279 * a - 1.38 * a * a);
		}
		if (a >= 0.2) {
			return 1 - Math.exp(-8.318 + 42.796 * a - 59.938 * a * a);
		}
		return 1 - Math.exp(-13.436 + 101.14 * a - 223.73 * a * a);
	}

	private static double phi(double z) {
		return 0.5 * Erf.erfc(-z / Math.sqrt(2));
	}

}
