package io.kaiwu.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.kaiwu.quality.spc.ChartSeries;
import io.kaiwu.quality.spc.ChartType;
import io.kaiwu.quality.spc.ControlChart;
import io.kaiwu.quality.spc.FrozenLimits;
import io.kaiwu.quality.spc.RuleSet;
import io.kaiwu.quality.spc.RunRules;
import io.kaiwu.quality.spc.Subgroup;

/**
 * Statistical process control over 1,000,000 measurements: control limits (phase I
 * estimate from all subgroups, then the chart drawn with them) and every run rule, all
 * four Western Electric and all eight Nelson rules, on both series of the chart. Two
 * workloads: 200,000 subgroups of 5 on an X̄-R chart, and 1,000,000 individuals on an
 * I-MR chart. The same-run baseline is a plain loop that only sums the same values, the
 * least any computation over them must cost. Normal values (seed 42) with a shift of 0.5σ
 * in every tenth block of 1,000 subgroups, so the rules have something to find. A few
 * warm-up rounds, then the median of several measured rounds. Never part of the test
 * suite.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar io.kaiwu.benchmarks.SpcBenchmark
 * [--warmup 3] [--rounds 7]}
 */
public final class SpcBenchmark {

	private static final int MEASUREMENTS = 1_000_000;

	private SpcBenchmark() {
	}

	public static void main(String[] args) {
		int warmUp = 3;
		int rounds = 7;
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--warmup" -> warmUp = Integer.parseInt(args[i + 1]);
				case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		System.out.printf(Locale.ROOT,
				"SPC benchmark %s: %,d measurements, %d warm-up and %d measured rounds; %d cores, Java %s%n",
				Instant.now(), MEASUREMENTS, warmUp, rounds, Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));
		run("X̄-R, 200,000 subgroups of 5", ChartType.XBAR_R, subgroups(5), warmUp, rounds);
		run("I-MR, 1,000,000 individuals", ChartType.I_MR, subgroups(1), warmUp, rounds);
	}

	private static void run(String name, ChartType type, List<Subgroup> subgroups, int warmUp, int rounds) {
		long[] spc = new long[rounds];
		long[] plain = new long[rounds];
		long violations = 0;
		double sum = 0;
		for (int round = -warmUp; round < rounds; round++) {
			long started = System.nanoTime();
			violations = limitsAndRules(type, subgroups);
			long middle = System.nanoTime();
			sum = plainSum(subgroups);
			long ended = System.nanoTime();
			if (round >= 0) {
				spc[round] = middle - started;
				plain[round] = ended - middle;
			}
		}
		double spcMillis = median(spc) / 1e6;
		double plainMillis = median(plain) / 1e6;
		System.out.printf(Locale.ROOT,
				"%s: limits + WE + Nelson rules %.1f ms (median; %.0f measurements/s), %,d violations;"
						+ " plain sum %.2f ms (sum %.1f); ratio %.0f%n",
				name, spcMillis, MEASUREMENTS / (spcMillis / 1e3), violations, plainMillis, sum,
				spcMillis / plainMillis);
	}

	private static long limitsAndRules(ChartType type, List<Subgroup> subgroups) {
		ControlChart chart = FrozenLimits.estimate(type, subgroups).chart(subgroups);
		long violations = 0;
		for (ChartSeries series : chart.series()) {
			violations += RunRules.check(RuleSet.westernElectric(), series).size();
			violations += RunRules.check(RuleSet.nelson(), series).size();
		}
		return violations;
	}

	private static double plainSum(List<Subgroup> subgroups) {
		double sum = 0;
		for (Subgroup subgroup : subgroups) {
			for (double value : subgroup.values()) {
				sum += value;
			}
		}
		return sum;
	}

	private static List<Subgroup> subgroups(int size) {
		Random random = new Random(42);
		int count = MEASUREMENTS / size;
		List<Subgroup> subgroups = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			double shift = ((i / 1000) % 10 == 9) ? 0.5 : 0;
			double[] values = new double[size];
			for (int j = 0; j < size; j++) {
				values[j] = 50 + shift + random.nextGaussian();
			}
			subgroups.add(Subgroup.measured(values));
		}
		return subgroups;
	}

	private static double median(long[] times) {
		long[] sorted = times.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
