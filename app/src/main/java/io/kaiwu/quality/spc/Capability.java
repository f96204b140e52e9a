package io.kaiwu.quality.spc;

import java.util.List;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.jspecify.annotations.Nullable;

/**
 * A process capability study (过程能力研究) of measured subgroups against specification limits.
 * <ul>
 * <li>Cp, Cpk (= min of Cpl, Cpu) and Cpm use σ̂ within subgroups: R̄/d2 for subgroups of
 * 2 to 10, s̄/c4 for larger ones, MR̄/d2 for single values.</li>
 * <li>Pp and Ppk use the overall sample standard deviation of all values.</li>
 * <li>Cpm = (USL − LSL) / (6·√(σ̂² + (x̄ − T)²)), T the target.</li>
 * <li>Confidence intervals: Cp and Pp from the chi-square distribution, Cp·√(χ²(α/2,
 * ν)/ν) to Cp·√(χ²(1−α/2, ν)/ν), with ν = k(n − 1) for Cp (pooled within subgroups; N − 1
 * for single values) and ν = N − 1 for Pp; Cpk and Ppk from Bissell's (1990) normal
 * approximation, Cpk ± z(1−α/2)·√(1/(9N) + Cpk²/(2(N − 1))).</li>
 * <li>One-sided specifications have no Cp, Pp or Cpm; Cpk is then Cpl or Cpu.</li>
 * </ul>
 *
 * @param n number of values
 * @param mean their mean
 * @param sigmaWithin σ̂ within subgroups
 * @param sigmaOverall overall sample standard deviation
 * @param spec the specification limits
 * @param confidence level of the intervals, e.g. 0.95
 * @param cp potential capability (two-sided only)
 * @param cpl capability against the LSL
 * @param cpu capability against the USL
 * @param cpk the smaller of Cpl and Cpu
 * @param cpm Taguchi capability about the target (two-sided only)
 * @param pp overall potential performance (two-sided only)
 * @param ppl overall performance against the LSL
 * @param ppu overall performance against the USL
 * @param ppk the smaller of Ppl and Ppu
 * @param normality the Anderson–Darling test, when there are enough values
 * @param histogram the values binned, with the specification limits
 */
public record Capability(int n, double mean, double sigmaWithin, double sigmaOverall, SpecLimits spec,
		double confidence, @Nullable Estimate cp, @Nullable Double cpl, @Nullable Double cpu, Estimate cpk,
		@Nullable Double cpm, @Nullable Estimate pp, @Nullable Double ppl, @Nullable Double ppu, Estimate ppk,
		@Nullable NormalityTest normality, Histogram histogram) {

	/**
	 * Studies subgroups of one size.
	 * @param subgroups at least two subgroups (or single values)
	 * @param spec the specification limits
	 * @param confidence the level of the intervals, between 0 and 1
	 * @return the study
	 */
	public static Capability study(List<Subgroup> subgroups, SpecLimits spec, double confidence) {
		if (confidence <= 0 || confidence >= 1) {
			throw new IllegalArgumentException("The confidence level must lie between 0 and 1, not " + confidence);
		}
		int k = subgroups.size();
		if (k < 2) {
			throw new IllegalArgumentException("A capability study needs at least two subgroups, not " + k);
		}
		int size = subgroups.get(0).size();
		double[] values = new double[k * size];
		double spreads = 0;
		for (int i = 0; i < k; i++) {
			Subgroup subgroup = subgroups.get(i);
			if (subgroup.size() != size || size == 0) {
				throw new IllegalArgumentException("A capability study needs measured subgroups of one size");
			}
			System.arraycopy(subgroup.values(), 0, values, i * size, size);
			if (size == 1) {
				spreads += (i > 0) ? Math.abs(subgroup.values()[0] - subgroups.get(i - 1).values()[0]) : 0;
			}
			else {
				spreads += (size <= 10) ? subgroup.range() : subgroup.standardDeviation();
			}
		}
		double sigmaWithin;
		int withinFreedom;
		if (size == 1) {
			sigmaWithin = spreads / (k - 1) / ControlChartConstants.of(2).d2();
			withinFreedom = k - 1;
		}
		else {
			ControlChartConstants constants = ControlChartConstants.of(size);
			sigmaWithin = spreads / k / ((size <= 10) ? constants.d2() : constants.c4());
			withinFreedom = k * (size - 1);
		}
		int n = values.length;
		double mean = 0;
		for (double value : values) {
			mean += value;
		}
		mean /= n;
		double squares = 0;
		for (double value : values) {
			squares += (value - mean) * (value - mean);
		}
		double sigmaOverall = Math.sqrt(squares / (n - 1));
		if (sigmaWithin == 0 || sigmaOverall == 0) {
			throw new IllegalArgumentException("The values do not vary: capability cannot be judged");
		}
		double z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - confidence) / 2);
		Double cpl = (spec.lower() != null) ? (mean - spec.lower()) / (3 * sigmaWithin) : null;
		Double cpu = (spec.upper() != null) ? (spec.upper() - mean) / (3 * sigmaWithin) : null;
		Double ppl = (spec.lower() != null) ? (mean - spec.lower()) / (3 * sigmaOverall) : null;
		Double ppu = (spec.upper() != null) ? (spec.upper() - mean) / (3 * sigmaOverall) : null;
		Estimate cp = null;
		Estimate pp = null;
		Double cpm = null;
		if (spec.twoSided()) {
			double tolerance = spec.upper() - spec.lower();
			cp = chiSquare(tolerance / (6 * sigmaWithin), withinFreedom, confidence);
			pp = chiSquare(tolerance / (6 * sigmaOverall), n - 1, confidence);
			double offTarget = mean - spec.target();
			cpm = tolerance / (6 * Math.sqrt(sigmaWithin * sigmaWithin + offTarget * offTarget));
		}
		Estimate cpk = bissell(smaller(cpl, cpu), n, z);
		Estimate ppk = bissell(smaller(ppl, ppu), n, z);
		NormalityTest normality = (n >= NormalityTest.SMALLEST) ? NormalityTest.andersonDarling(values) : null;
		return new Capability(n, mean, sigmaWithin, sigmaOverall, spec, confidence, cp, cpl, cpu, cpk, cpm, pp, ppl,
				ppu, ppk, normality, Histogram.of(values, spec));
	}

	private static Estimate chiSquare(double index, int freedom, double confidence) {
		ChiSquaredDistribution chiSquare = new ChiSquaredDistribution(freedom);
		double alpha = 1 - confidence;
		return new Estimate(index, index * Math.sqrt(chiSquare.inverseCumulativeProbability(alpha / 2) / freedom),
				index * Math.sqrt(chiSquare.inverseCumulativeProbability(1 - alpha / 2) / freedom));
	}

	private static Estimate bissell(double index, int n, double z) {
		double halfWidth = z * Math.sqrt(1.0 / (9 * n) + index * index / (2.0 * (n - 1)));
		return new Estimate(index, index - halfWidth, index + halfWidth);
	}

	private static double smaller(@Nullable Double a, @Nullable Double b) {
		if (a == null) {
			return b;
		}
		return (b == null) ? a : Math.min(a, b);
	}

}
