package io.kaiwu.production.schedule.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Job outcomes and KPIs computed from the placed operations themselves, not from solver
 * variables, so they hold for any schedule (a solver's, or one adjusted by hand).
 */
public final class ScheduleFigures {

	private ScheduleFigures() {
	}

	/** The schedule of these placed operations, with its job outcomes and KPIs. */
	public static Schedule of(SchedulingProblem problem, List<ScheduledOperation> placed, SolveStatus status,
			List<Long> levels) {
		Map<String, ScheduledOperation> byId = new HashMap<>();
		placed.forEach((op) -> byId.put(op.operation(), op));
		List<JobOutcome> outcomes = new ArrayList<>();
		long weightedTardiness = 0;
		int onTime = 0;
		for (Job job : problem.jobs()) {
			int completion = job.operations()
				.stream()
				.mapToInt((op) -> byId.get(op.id()).end())
				.max()
				.orElse(job.release());
			int tardiness = Math.max(0, completion - job.due());
			outcomes.add(new JobOutcome(job.id(), completion, job.due(), tardiness, tardiness > 0));
			weightedTardiness += (long) tardiness * job.tardinessWeight();
			onTime += (tardiness == 0) ? 1 : 0;
		}
		int makespan = placed.stream().mapToInt(ScheduledOperation::end).max().orElse(0);
		int totalSetup = placed.stream().mapToInt(ScheduledOperation::setupBefore).sum();
		double onTimeRate = problem.jobs().isEmpty() ? 1.0 : (double) onTime / problem.jobs().size();
		ScheduleKpis kpis = new ScheduleKpis(makespan, totalSetup, weightedTardiness, onTimeRate,
				utilisation(problem, placed, makespan));
		List<ScheduledOperation> byStart = placed.stream()
			.sorted(Comparator.comparingInt(ScheduledOperation::start).thenComparing(ScheduledOperation::resource))
			.toList();
		return new Schedule(status, byStart, outcomes, kpis, levels);
	}

	/** Busy minutes (processing and setup) over available minutes before the makespan. */
	private static Map<String, Double> utilisation(SchedulingProblem problem, List<ScheduledOperation> placed,
			int makespan) {
		Map<String, Double> utilisation = new LinkedHashMap<>();
		for (Resource resource : problem.resources()) {
			long blocked = resource.blocked()
				.stream()
				.mapToLong((w) -> Math.max(0, Math.min(w.end(), makespan) - Math.min(w.start(), makespan)))
				.sum();
			long available = makespan - blocked;
			long busy = placed.stream()
				.filter((op) -> op.resource().equals(resource.id()))
				.mapToLong((op) -> op.end() - op.start() + op.setupBefore())
				.sum();
			utilisation.put(resource.id(), (available <= 0) ? 0.0 : Math.min(1.0, (double) busy / available));
		}
		return utilisation;
	}

}
