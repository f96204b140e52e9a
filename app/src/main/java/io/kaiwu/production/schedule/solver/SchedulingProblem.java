package io.kaiwu.production.schedule.solver;

import java.time.Duration;
import java.util.List;

/**
 * Everything the engine needs, in whole minutes from the horizon origin (the caller turns
 * instants into minutes and back).
 *
 * @param jobs the production orders.
 * @param resources every resource a mode names.
 * @param objective weights of the lexicographic objective.
 * @param previous the schedule in force, or empty: used as warm start, for the frozen
 * horizon and for the disruption level.
 * @param freezeUntil operations that start before this minute in {@code previous} keep
 * their resource and start (0: nothing frozen).
 * @param timeLimit wall-clock limit of the whole solve.
 * @param workers CP-SAT search workers (threads).
 */
public record SchedulingProblem(List<Job> jobs, List<Resource> resources, Objective objective,
		List<ScheduledOperation> previous, int freezeUntil, Duration timeLimit, int workers) {

	/** A blocked window that reaches this minute never ends. */
	public static final int END_OF_TIME = 1_000_000_000;

	public SchedulingProblem {
		jobs = List.copyOf(jobs);
		resources = List.copyOf(resources);
		previous = List.copyOf(previous);
		if (workers < 1 || timeLimit.isNegative() || timeLimit.isZero()) {
			throw new IllegalArgumentException("Needs at least one worker and a positive time limit");
		}
	}

	/** A first schedule: nothing before it, nothing frozen. */
	public static SchedulingProblem of(List<Job> jobs, List<Resource> resources, Objective objective,
			Duration timeLimit, int workers) {
		return new SchedulingProblem(jobs, resources, objective, List.of(), 0, timeLimit, workers);
	}

	/**
	 * A classic job shop: every operation on one resource in a plain chain, no releases,
	 * pins, blocked time, setups or previous schedule.
	 */
	boolean isClassicJobShop() {
		return this.previous.isEmpty()
				&& this.resources.stream().allMatch((r) -> r.blocked().isEmpty() && !r.hasSetups())
				&& this.jobs.stream()
					.allMatch((job) -> job.release() == 0 && job.operations()
						.stream()
						.allMatch((op) -> op.modes().size() == 1 && op.transferLag() == null && op.pin() == null));
	}

	/** The same problem rescheduled against a previous schedule with a frozen horizon. */
	public SchedulingProblem after(List<ScheduledOperation> schedule, int freeze) {
		return new SchedulingProblem(this.jobs, this.resources, this.objective, schedule, freeze, this.timeLimit,
				this.workers);
	}

}
