package io.kaiwu.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import io.kaiwu.production.schedule.jobshop.FeasibilityCheck;
import io.kaiwu.production.schedule.jobshop.JobShopFormat;
import io.kaiwu.production.schedule.jobshop.JobShopInstance;
import io.kaiwu.production.schedule.jobshop.JobShopInstance.Step;
import io.kaiwu.production.schedule.jobshop.JobShopSolver;
import io.kaiwu.production.schedule.solver.ApsSolver;

/**
 * The classic job-shop instances (ft06, ft10, ft20, la01–la40 at 10 s each, ta01–ta10 at
 * 60 s each) on Kaiwu's scheduling engine, the same one the APS uses, and, in the same
 * harness with the same limit and worker count, a plain textbook CP-SAT job-shop model
 * with default parameters as the baseline. Per instance the makespan and the gap to the
 * best-known value; means per family. Every answer of the engine passes the independent
 * feasibility check. Never part of the test suite: the full run takes about 35 minutes
 * and needs a quiet machine.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar io.kaiwu.benchmarks.JobShopBenchmark
 * [--instances ft06,la01] [--limit-scale 0.1] [--workers 2]}
 */
public final class JobShopBenchmark {

	private static final List<String> ALL = all();

	private JobShopBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		List<String> instances = ALL;
		double scale = 1.0;
		int workers = 2;
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--instances" -> instances = List.of(args[i + 1].split(","));
				case "--limit-scale" -> scale = Double.parseDouble(args[i + 1]);
				case "--workers" -> workers = Integer.parseInt(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		Loader.loadNativeLibraries();
		Map<String, Integer> bestKnown = bestKnown();
		System.out.printf(Locale.ROOT,
				"Job-shop benchmark %s: %d instances, limit scale %.2f, %d workers; %d cores, Java %s%n", Instant.now(),
				instances.size(), scale, workers, Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));
		System.out.println("| instance | best known | limit s | Kaiwu | gap % | s | baseline CP-SAT | gap % | s |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
		JobShopSolver engine = new JobShopSolver(new ApsSolver());
		Map<String, double[]> sums = new LinkedHashMap<>();
		for (String name : instances) {
			JobShopInstance instance = JobShopFormat.parse(read("/jsplib/" + name));
			Duration limit = Duration.ofMillis(Math.round((name.startsWith("ta") ? 60_000 : 10_000) * scale));
			int best = bestKnown.get(name);
			long started = System.nanoTime();
			JobShopSolver.Answer ours = engine.solve(instance, limit, workers);
			double oursSeconds = (System.nanoTime() - started) / 1e9;
			List<String> violations = FeasibilityCheck.violations(instance, ours.makespan(), ours.operations());
			if (!violations.isEmpty()) {
				throw new IllegalStateException(name + ": infeasible answer " + violations);
			}
			started = System.nanoTime();
			long baseline = textbookCpSat(instance, limit, workers);
			double baselineSeconds = (System.nanoTime() - started) / 1e9;
			double oursGap = gap(ours.makespan(), best);
			double baselineGap = gap(baseline, best);
			System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %d | %.2f | %.1f | %d | %.2f | %.1f |%n", name, best,
					limit.toMillis() / 1e3, ours.makespan(), oursGap, oursSeconds, baseline, baselineGap,
					baselineSeconds);
			double[] family = sums.computeIfAbsent(family(name), (k) -> new double[3]);
			family[0] += oursGap;
			family[1] += baselineGap;
			family[2]++;
		}
		sums.forEach((family, s) -> System.out.printf(Locale.ROOT,
				"mean gap %s (%d instances): Kaiwu %.2f %%, baseline CP-SAT %.2f %%%n", family, (int) s[2], s[0] / s[2],
				s[1] / s[2]));
	}

	/**
	 * The textbook model: one interval per task, no overlap per machine, precedence in
	 * each job, minimise the latest end; default parameters but the limit and workers.
	 */
	static long textbookCpSat(JobShopInstance instance, Duration limit, int workers) {
		CpModel model = new CpModel();
		int horizon = instance.jobs().stream().flatMap(List::stream).mapToInt(Step::duration).sum();
		List<List<IntervalVar>> machines = new ArrayList<>();
		for (int m = 0; m < instance.machines(); m++) {
			machines.add(new ArrayList<>());
		}
		List<LinearExpr> lastEnds = new ArrayList<>();
		for (int j = 0; j < instance.jobs().size(); j++) {
			LinearExpr previousEnd = null;
			for (int o = 0; o < instance.jobs().get(j).size(); o++) {
				Step step = instance.jobs().get(j).get(o);
				IntVar start = model.newIntVar(0, horizon, "s" + j + "_" + o);
				IntervalVar task = model.newFixedSizeIntervalVar(start, step.duration(), "t" + j + "_" + o);
				machines.get(step.machine()).add(task);
				if (previousEnd != null) {
					model.addGreaterOrEqual(start, previousEnd);
				}
				previousEnd = LinearExpr.affine(start, 1, step.duration());
			}
			lastEnds.add(previousEnd);
		}
		machines.forEach(model::addNoOverlap);
		IntVar makespan = model.newIntVar(0, horizon, "makespan");
		model.addMaxEquality(makespan, lastEnds);
		model.minimize(makespan);
		CpSolver solver = new CpSolver();
		solver.getParameters().setNumWorkers(workers).setMaxTimeInSeconds(limit.toMillis() / 1e3);
		CpSolverStatus status = solver.solve(model);
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			throw new IllegalStateException("baseline found no schedule: " + status);
		}
		return solver.value(makespan);
	}

	static double gap(long makespan, int best) {
		return 100.0 * (makespan - best) / best;
	}

	private static String family(String name) {
		return name.replaceAll("\\d+$", "");
	}

	private static List<String> all() {
		List<String> names = new ArrayList<>(List.of("ft06", "ft10", "ft20"));
		for (int i = 1; i <= 40; i++) {
			names.add(String.format(Locale.ROOT, "la%02d", i));
		}
		for (int i = 1; i <= 10; i++) {
			names.add(String.format(Locale.ROOT, "ta%02d", i));
		}
		return List.copyOf(names);
	}

	static Map<String, Integer> bestKnown() throws IOException {
		Map<String, Integer> best = new LinkedHashMap<>();
		for (String line : read("/jsplib/best-known.csv").split("\n")) {
			if (!line.isBlank() && !line.startsWith("#")) {
				String[] fields = line.strip().split(",");
				best.put(fields[0], Integer.parseInt(fields[1]));
			}
		}
		return best;
	}

	static String read(String path) throws IOException {
		try (InputStream in = JobShopBenchmark.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalArgumentException("no instance " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
