package io.kaiwu.production.schedule.solver;

import java.util.List;

/**
 * The engine's answer. Jobs that cannot meet their due date are in it, flagged late.
 *
 * @param status optimal or feasible.
 * @param operations every operation, by start.
 * @param jobs every job's completion and tardiness, in the problem's order.
 * @param kpis makespan, setups, tardiness, on-time rate, utilisation.
 * @param levels the value reached on each objective level that was in play, in order.
 */
public record Schedule(SolveStatus status, List<ScheduledOperation> operations, List<JobOutcome> jobs,
		ScheduleKpis kpis, List<Long> levels) {

	public Schedule {
		operations = List.copyOf(operations);
		jobs = List.copyOf(jobs);
		levels = List.copyOf(levels);
	}

	public ScheduledOperation operation(String id) {
		return this.operations.stream()
			.filter((op) -> op.operation().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No operation " + id + " in the schedule"));
	}

	public JobOutcome job(String id) {
		return this.jobs.stream()
			.filter((job) -> job.job().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No job " + id + " in the schedule"));
	}

}
