package io.kaiwu.quality.spc;

import org.apache.commons.math3.special.Erf;

/**
 * The mean and standard deviation of the range of n independent standard normal values
 * (the constants d2 and d3), by numerical integration:
 * <ul>
 * <li>E[R] = ∫ 1 − Φ(x)ⁿ − (1 − Φ(x))ⁿ dx</li>
 * <li>E[R²] = 2 ∫₀^∞ ∫ 1 − Φ(u + w)ⁿ − (1 − Φ(u))ⁿ + (Φ(u + w) − Φ(u))ⁿ du dw</li>
 * </ul>
 * The integrals over the whole line use the trapezoid rule (exact to rounding for such
 * smooth, fast-vanishing integrands); the one over w ≥ 0 uses Simpson's rule.
 */
final class RangeMoments {

	private static final double STEP = 0.02;

	private static final double FROM = -9;

	private static final int LINE = 901; // grid points from -9 to 9

	private static final int WIDTH = 701; // w from 0 to 14

	private static final double[] PHI = new double[LINE + WIDTH];

	static {
		for (int i = 0; i < PHI.length; i++) {
			PHI[i] = 0.5 * Erf.erfc(-(FROM + i * STEP) / Math.sqrt(2));
		}
	}

	private RangeMoments() {
	}

	static double meanRange(int n) {
		double sum = 0;
		for (int i = 0; i < LINE; i++) {
			sum += 1 - power(PHI[i], n) - power(1 - PHI[i], n);
		}
		return sum * STEP;
	}

	static double standardDeviationOfRange(int n) {
		double[] upperTail = new double[LINE];
		for (int i = 0; i < LINE; i++) {
			upperTail[i] = power(1 - PHI[i], n);
		}
		double outer = 0;
		for (int w = 0; w < WIDTH; w++) {
			double inner = 0;
			for (int u = 0; u < LINE; u++) {
				double top = PHI[u + w];
				inner += 1 - power(top, n) - upperTail[u] + power(top - PHI[u], n);
			}
			double simpson = (w == 0 || w == WIDTH - 1) ? 1 : (w % 2 == 1 ? 4 : 2);
			outer += simpson * inner * STEP;
		}
		double secondMoment = 2 * outer * STEP / 3;
		double mean = meanRange(n);
		return Math.sqrt(secondMoment - mean * mean);
	}

	private static double power(double x, int n) {
		double result = 1;
		for (int i = 0; i < n; i++) {
			result *= x;
		}
		return result;
	}

}
