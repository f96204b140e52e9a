package io.kaiwu.production.schedule.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between a previous schedule and a new one: every operation whose resource
 * or start moved, and every job that is late now but was not before (its due date newly
 * at risk).
 *
 * @param moved the moved operations, in the new schedule's order.
 * @param newlyAtRisk ids of the jobs newly late.
 */
public record ScheduleDiff(List<MovedOperation> moved, List<String> newlyAtRisk) {

	public ScheduleDiff {
		moved = List.copyOf(moved);
		newlyAtRisk = List.copyOf(newlyAtRisk);
	}

	/**
	 * One operation that moved; an operation new in the schedule has no old resource.
	 *
	 * @param job the job's id.
	 * @param operation the operation's id.
	 * @param oldResource where it was, or {@literal null} when it is new.
	 * @param oldStart when it started, -1 when it is new.
	 * @param newResource where it is now.
	 * @param newStart when it starts now.
	 */
	public record MovedOperation(String job, String operation, @org.jspecify.annotations.Nullable String oldResource,
			int oldStart, String newResource, int newStart) {
	}

	public static ScheduleDiff between(Schedule previous, Schedule next) {
		Map<String, ScheduledOperation> before = new HashMap<>();
		previous.operations().forEach((op) -> before.put(op.operation(), op));
		List<MovedOperation> moved = new ArrayList<>();
		for (ScheduledOperation now : next.operations()) {
			ScheduledOperation then = before.get(now.operation());
			if (then == null) {
				moved.add(new MovedOperation(now.job(), now.operation(), null, -1, now.resource(), now.start()));
			}
			else if (then.start() != now.start() || !then.resource().equals(now.resource())) {
				moved.add(new MovedOperation(now.job(), now.operation(), then.resource(), then.start(), now.resource(),
						now.start()));
			}
		}
		Map<String, Boolean> lateBefore = new HashMap<>();
		previous.jobs().forEach((job) -> lateBefore.put(job.job(), job.late()));
		List<String> atRisk = next.jobs()
			.stream()
			.filter((job) -> job.late() && !lateBefore.getOrDefault(job.job(), false))
			.map(JobOutcome::job)
			.toList();
		return new ScheduleDiff(moved, atRisk);
	}

}
