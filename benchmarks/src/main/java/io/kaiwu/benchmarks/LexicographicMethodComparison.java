package io.kaiwu.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kaiwu.production.schedule.jobshop.JobShopFormat;
import io.kaiwu.production.schedule.jobshop.JobShopInstance;
import io.kaiwu.production.schedule.jobshop.JobShopInstance.Step;
import io.kaiwu.production.schedule.solver.ApsSolver;
import io.kaiwu.production.schedule.solver.Job;
import io.kaiwu.production.schedule.solver.LexicographicMethod;
import io.kaiwu.production.schedule.solver.Mode;
import io.kaiwu.production.schedule.solver.Objective;
import io.kaiwu.production.schedule.solver.Operation;
import io.kaiwu.production.schedule.solver.ProblemRefused;
import io.kaiwu.production.schedule.solver.Resource;
import io.kaiwu.production.schedule.solver.Schedule;
import io.kaiwu.production.schedule.solver.SchedulingProblem;

/**
 * Which way to make the objective's levels strict: one solve per level with the earlier
 * levels bounded (sequential), or one solve of a weighted sum with safe multipliers. Both
 * on APS problems made from classic job-shop instances: three product families with
 * sequence-dependent setups (5 to 15 minutes), a slower alternative machine for every
 * operation (1.3 times the duration), due dates at 1.3 times the job's work and weights 1
 * to 3, so that all three levels matter. Same time limit, same two workers. The levels
 * reached are printed; lexicographically smaller is better.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar
 * io.kaiwu.benchmarks.LexicographicMethodComparison [--instances ft10,la21] [--seconds 10]}
 */
public final class LexicographicMethodComparison {

	private LexicographicMethodComparison() {
	}

	public static void main(String[] args) throws IOException {
		List<String> instances = List.of("ft10", "la21", "la36");
		int seconds = 10;
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--instances" -> instances = List.of(args[i + 1].split(","));
				case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		System.out.printf(Locale.ROOT, "Lexicographic method comparison %s: %d s per solve, 2 workers; %d cores%n",
				Instant.now(), seconds, Runtime.getRuntime().availableProcessors());
		System.out.println("| instance | method | weighted tardiness | makespan | setup minutes | status | s |");
		System.out.println("|---|---|---:|---:|---:|---|---:|");
		for (String name : instances) {
			SchedulingProblem problem = aps(JobShopFormat.parse(read("/jsplib/" + name)), Duration.ofSeconds(seconds));
			for (LexicographicMethod method : LexicographicMethod.values()) {
				long started = System.nanoTime();
				String row;
				try {
					Schedule schedule = new ApsSolver(method).solve(problem);
					row = String.format(Locale.ROOT, "%d | %d | %d | %s", schedule.kpis().weightedTardiness(),
							schedule.kpis().makespan(), schedule.kpis().totalSetup(), schedule.status());
				}
				catch (ArithmeticException ex) {
					row = "multipliers overflow a long | | |";
				}
				catch (ProblemRefused ex) {
					row = "no schedule within the limit | | |";
				}
				System.out.printf(Locale.ROOT, "| %s | %s | %s | %.1f |%n", name, method, row,
						(System.nanoTime() - started) / 1e9);
			}
		}
	}

	static SchedulingProblem aps(JobShopInstance instance, Duration limit) {
		int machines = instance.machines();
		List<Resource> resources = new ArrayList<>();
		for (int m = 0; m < machines; m++) {
			Map<String, Map<String, Integer>> setups = new HashMap<>();
			for (int a = 0; a < 3; a++) {
				Map<String, Integer> row = new HashMap<>();
				for (int b = 0; b < 3; b++) {
					if (a != b) {
						row.put("F" + b, 5 + (a * 7 + b * 3 + m) % 11);
					}
				}
				setups.put("F" + a, row);
			}
			resources.add(Resource.of("m" + m).withSetups(setups, null));
		}
		List<Job> jobs = new ArrayList<>();
		for (int j = 0; j < instance.jobs().size(); j++) {
			List<Operation> operations = new ArrayList<>();
			int work = 0;
			List<Step> steps = instance.jobs().get(j);
			for (int o = 0; o < steps.size(); o++) {
				Step step = steps.get(o);
				work += step.duration();
				operations.add(new Operation(j + "." + o,
						List.of(new Mode("m" + step.machine(), step.duration()), new Mode(
								"m" + (step.machine() + 1) % machines, (int) Math.ceil(step.duration() * 1.3))),
						null, null));
			}
			jobs.add(new Job(String.valueOf(j), "F" + (j % 3), 0, (int) (work * 1.3), 1 + j % 3, 1, operations));
		}
		return SchedulingProblem.of(jobs, resources, Objective.standard(), limit, 2);
	}

	private static String read(String path) throws IOException {
		try (InputStream in = LexicographicMethodComparison.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
