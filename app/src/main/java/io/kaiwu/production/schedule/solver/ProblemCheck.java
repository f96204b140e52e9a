package io.kaiwu.production.schedule.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kaiwu.production.schedule.solver.ProblemRefused.Reason;

/**
 * Refuses, before any solving, a problem that has no schedule at all, naming the
 * operation at fault.
 */
final class ProblemCheck {

	private ProblemCheck() {
	}

	static void check(SchedulingProblem problem, Map<String, Pin> pins) {
		Map<String, Resource> resources = new HashMap<>();
		for (Resource resource : problem.resources()) {
			if (resources.put(resource.id(), resource) != null) {
				throw new ProblemRefused(Reason.DUPLICATE_ID, resource.id(), "Resource " + resource.id() + " twice");
			}
		}
		Set<String> ids = new HashSet<>();
		for (Job job : problem.jobs()) {
			if (!ids.add("job:" + job.id())) {
				throw new ProblemRefused(Reason.DUPLICATE_ID, job.id(), "Job " + job.id() + " twice");
			}
			for (Operation op : job.operations()) {
				if (!ids.add("op:" + op.id())) {
					throw new ProblemRefused(Reason.DUPLICATE_ID, op.id(), "Operation " + op.id() + " twice");
				}
				checkModes(op, resources);
				Pin pin = pins.get(op.id());
				if (pin != null && op.modes().stream().noneMatch((m) -> m.resource().equals(pin.resource()))) {
					throw new ProblemRefused(Reason.PIN_OFF_MODES, op.id(), "Operation " + op.id() + " is pinned to "
							+ pin.resource() + ", which is not one of its resources");
				}
			}
		}
		checkPins(problem.jobs(), pins, resources);
	}

	private static void checkModes(Operation op, Map<String, Resource> resources) {
		if (op.modes().isEmpty()) {
			throw new ProblemRefused(Reason.NO_RESOURCE, op.id(), "Operation " + op.id() + " has no resource");
		}
		boolean fits = false;
		for (Mode mode : op.modes()) {
			Resource resource = resources.get(mode.resource());
			if (resource == null) {
				throw new ProblemRefused(Reason.UNKNOWN_RESOURCE, op.id(),
						"Operation " + op.id() + " names unknown resource " + mode.resource());
			}
			fits |= resource.longestFreeWindow() >= mode.duration();
		}
		if (!fits) {
			throw new ProblemRefused(Reason.NO_WINDOW_LONG_ENOUGH, op.id(), "Operation " + op.id()
					+ " is longer than every free window of " + op.modes().stream().map(Mode::resource).toList());
		}
	}

	private static void checkPins(List<Job> jobs, Map<String, Pin> pins, Map<String, Resource> resources) {
		List<PinnedRun> placed = new ArrayList<>();
		for (Job job : jobs) {
			for (Operation op : job.operations()) {
				Pin pin = pins.get(op.id());
				if (pin == null) {
					continue;
				}
				int duration = op.modes()
					.stream()
					.filter((m) -> m.resource().equals(pin.resource()))
					.findFirst()
					.orElseThrow()
					.duration();
				PinnedRun run = new PinnedRun(op.id(), pin.resource(), pin.start(), pin.start() + duration);
				for (TimeWindow block : resources.get(pin.resource()).blocked()) {
					if (duration > 0 && block.overlaps(run.start(), run.end())) {
						throw new ProblemRefused(Reason.PIN_CONFLICT, op.id(), "Pinned operation " + op.id()
								+ " overlaps blocked time " + block + " on " + pin.resource());
					}
				}
				for (PinnedRun other : placed) {
					if (other.overlaps(run)) {
						throw new ProblemRefused(Reason.PIN_CONFLICT, op.id(), "Pinned operation " + op.id()
								+ " overlaps pinned operation " + other.operation() + " on " + pin.resource());
					}
				}
				placed.add(run);
			}
		}
	}

	private record PinnedRun(String operation, String resource, int start, int end) {

		boolean overlaps(PinnedRun other) {
			return this.resource.equals(other.resource) && this.start < other.end && other.start < this.end
					&& this.end > this.start && other.end > other.start;
		}

	}

}
