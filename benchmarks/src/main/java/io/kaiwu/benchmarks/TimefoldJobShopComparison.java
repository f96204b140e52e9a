package io.kaiwu.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.ortools.Loader;
import io.kaiwu.benchmarks.timefold.TimefoldJobShop;
import io.kaiwu.benchmarks.timefold.TimefoldJobShop.Model;
import io.kaiwu.production.schedule.jobshop.FeasibilityCheck;
import io.kaiwu.production.schedule.jobshop.JobShopFormat;
import io.kaiwu.production.schedule.jobshop.JobShopInstance;
import io.kaiwu.production.schedule.jobshop.JobShopOperation;
import io.kaiwu.production.schedule.jobshop.JobShopSolver;
import io.kaiwu.production.schedule.solver.ApsSolver;

/**
 * The engine decision by measurement: per job-shop instance, one after the other with the
 * same time limit, Kaiwu's engine (CP-SAT, 2 workers), the textbook CP-SAT baseline (2
 * workers) and Timefold Solver (community edition, which solves on one thread) in two
 * models, the quickstart style with shadow variables and a decoder score calculator (see
 * {@link TimefoldJobShop}). Every answer of the engine and of Timefold passes the
 * independent feasibility check.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar io.kaiwu.benchmarks.TimefoldJobShopComparison
 * [--instances ft06,la01] [--seconds 10] [--workers 2]}
 */
public final class TimefoldJobShopComparison {

	private static final List<String> REPRESENTATIVE = List.of("ft06", "ft10", "la01", "la06", "la16", "la21", "la26",
			"la31", "la36", "ta01");

	private TimefoldJobShopComparison() {
	}

	public static void main(String[] args) throws IOException {
		List<String> instances = REPRESENTATIVE;
		double seconds = 10;
		int workers = 2;
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--instances" -> instances = List.of(args[i + 1].split(","));
				case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
				case "--workers" -> workers = Integer.parseInt(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		Loader.loadNativeLibraries();
		Map<String, Integer> bestKnown = JobShopBenchmark.bestKnown();
		Duration limit = Duration.ofMillis(Math.round(seconds * 1000));
		System.out.printf(Locale.ROOT,
				"Engine comparison %s: %d instances, %.1f s each, CP-SAT %d workers, Timefold 1 thread; %d cores, Java %s%n",
				Instant.now(), instances.size(), seconds, workers, Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));
		System.out.println("| instance | best known | Kaiwu (CP-SAT) | gap % | s | baseline CP-SAT | gap % | s "
				+ "| Timefold shadow variables | gap % | s | Timefold decoder | gap % | s |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		JobShopSolver engine = new JobShopSolver(new ApsSolver());
		List<TimefoldJobShop> timefold = List.of(new TimefoldJobShop(Model.SHADOW_VARIABLES, limit),
				new TimefoldJobShop(Model.DECODER, limit));
		double[] sums = new double[4];
		int[] unsolved = new int[2];
		for (String name : instances) {
			JobShopInstance instance = JobShopFormat.parse(JobShopBenchmark.read("/jsplib/" + name));
			int best = bestKnown.get(name);
			long started = System.nanoTime();
			JobShopSolver.Answer ours = engine.solve(instance, limit, workers);
			double oursSeconds = seconds(started);
			check(name, "engine", instance, ours.makespan(), ours.operations());
			started = System.nanoTime();
			long baseline = JobShopBenchmark.textbookCpSat(instance, limit, workers);
			double baselineSeconds = seconds(started);
			StringBuilder row = new StringBuilder(
					String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.1f | %d | %.2f | %.1f |", name, best,
							ours.makespan(), JobShopBenchmark.gap(ours.makespan(), best), oursSeconds, baseline,
							JobShopBenchmark.gap(baseline, best), baselineSeconds));
			sums[0] += JobShopBenchmark.gap(ours.makespan(), best);
			sums[1] += JobShopBenchmark.gap(baseline, best);
			for (int t = 0; t < timefold.size(); t++) {
				started = System.nanoTime();
				TimefoldJobShop.Answer theirs = timefold.get(t).solve(instance);
				double timefoldSeconds = seconds(started);
				if (theirs.operations().size() < instance.operationCount()) {
					row.append(String.format(Locale.ROOT, " none: %d of %d operations placed | | %.1f |",
							theirs.operations().size(), instance.operationCount(), timefoldSeconds));
					unsolved[t]++;
					continue;
				}
				if (!theirs.feasible()) {
					throw new IllegalStateException(name + ": Timefold ended with a cycle in the machine orders");
				}
				check(name, "Timefold", instance, theirs.makespan(), theirs.operations());
				double gap = JobShopBenchmark.gap(theirs.makespan(), best);
				row.append(String.format(Locale.ROOT, " %d | %.2f | %.1f |", theirs.makespan(), gap, timefoldSeconds));
				sums[2 + t] += gap;
			}
			System.out.println(row);
		}
		int n = instances.size();
		System.out.printf(Locale.ROOT, "mean gap (%d instances): Kaiwu %.2f %%, baseline CP-SAT %.2f %%%n", n,
				sums[0] / n, sums[1] / n);
		for (int t = 0; t < timefold.size(); t++) {
			int solved = n - unsolved[t];
			System.out.printf(Locale.ROOT, "mean gap Timefold %s: %.2f %% over the %d instances it placed fully%n",
					(t == 0) ? "shadow variables" : "decoder", (solved == 0) ? Double.NaN : sums[2 + t] / solved,
					solved);
		}
	}

	private static void check(String name, String solver, JobShopInstance instance, int makespan,
			List<JobShopOperation> operations) {
		List<String> violations = FeasibilityCheck.violations(instance, makespan, operations);
		if (!violations.isEmpty()) {
			throw new IllegalStateException(name + ": infeasible answer of " + solver + " " + violations);
		}
	}

	private static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

}
