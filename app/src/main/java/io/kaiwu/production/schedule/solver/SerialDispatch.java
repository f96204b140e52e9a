package io.kaiwu.production.schedule.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A quick schedule by a dispatching rule, the warm start of the solver and its fallback
 * when the time limit ends before the solver's first schedule. Pinned operations go first
 * where they are pinned; then, again and again, of the operations whose predecessor is
 * placed, the one that can start earliest (earlier due date first on a tie) goes on the
 * mode where it ends earliest, after everything already on that resource and its setup,
 * clear of blocked time.
 */
final class SerialDispatch {

	private final SchedulingProblem problem;

	private final Map<String, Pin> pins;

	private final Map<String, Resource> resources = new HashMap<>();

	/** Per resource: when it is free, and the family it is set up for. */
	private final Map<String, Integer> freeAt = new HashMap<>();

	private final Map<String, @Nullable String> familyOn = new HashMap<>();

	private final Map<String, ScheduledOperation> placed = new HashMap<>();

	private SerialDispatch(SchedulingProblem problem, Map<String, Pin> pins) {
		this.problem = problem;
		this.pins = pins;
		for (Resource resource : problem.resources()) {
			this.resources.put(resource.id(), resource);
			this.freeAt.put(resource.id(), 0);
			this.familyOn.put(resource.id(), resource.initialFamily());
		}
	}

	/**
	 * The dispatched schedule, or {@literal null} when the pins keep it from being
	 * feasible.
	 */
	static @Nullable List<ScheduledOperation> schedule(SchedulingProblem problem, Map<String, Pin> pins) {
		return new SerialDispatch(problem, pins).run();
	}

	private @Nullable List<ScheduledOperation> run() {
		placePins();
		int[] next = new int[this.problem.jobs().size()];
		List<Job> jobs = this.problem.jobs();
		while (true) {
			int bestJob = -1;
			Placement best = null;
			for (int j = 0; j < jobs.size(); j++) {
				Job job = jobs.get(j);
				while (next[j] < job.operations().size()
						&& this.placed.containsKey(job.operations().get(next[j]).id())) {
					next[j]++;
				}
				if (next[j] == job.operations().size()) {
					continue;
				}
				Placement candidate = earliest(job, next[j]);
				if (best == null || candidate.start() < best.start()
						|| (candidate.start() == best.start() && job.due() < jobs.get(bestJob).due())) {
					best = candidate;
					bestJob = j;
				}
			}
			if (best == null) {
				break;
			}
			place(jobs.get(bestJob), best);
		}
		return chainsHold() ? List.copyOf(this.placed.values()) : null;
	}

	private void placePins() {
		List<ScheduledOperation> pinned = new ArrayList<>();
		for (Job job : this.problem.jobs()) {
			for (Operation op : job.operations()) {
				Pin pin = this.pins.get(op.id());
				if (pin != null) {
					int duration = op.modes()
						.stream()
						.filter((m) -> m.resource().equals(pin.resource()))
						.findFirst()
						.orElseThrow()
						.duration();
					pinned.add(new ScheduledOperation(job.id(), op.id(), pin.resource(), pin.start(),
							pin.start() + duration, 0));
				}
			}
		}
		pinned.sort(java.util.Comparator.comparingInt(ScheduledOperation::start));
		Map<String, String> familyOf = new HashMap<>();
		this.problem.jobs().forEach((job) -> job.operations().forEach((op) -> familyOf.put(op.id(), job.family())));
		for (ScheduledOperation op : pinned) {
			this.placed.put(op.operation(), op);
			if (op.end() >= this.freeAt.get(op.resource())) {
				this.freeAt.put(op.resource(), op.end());
				this.familyOn.put(op.resource(), familyOf.get(op.operation()));
			}
		}
	}

	private Placement earliest(Job job, int index) {
		Operation op = job.operations().get(index);
		int ready = job.release();
		int mustEndAfter = 0;
		if (index > 0) {
			Operation before = job.operations().get(index - 1);
			ScheduledOperation done = this.placed.get(before.id());
			ready = (before.transferLag() == null) ? done.end() : done.start() + before.transferLag();
			mustEndAfter = done.end();
		}
		Placement best = null;
		for (Mode mode : op.modes()) {
			Resource resource = this.resources.get(mode.resource());
			int setup = resource.setup(this.familyOn.get(resource.id()), job.family());
			int start = Math.max(ready,
					Math.max(this.freeAt.get(resource.id()) + setup, mustEndAfter - mode.duration()));
			start = clearOfBlocks(resource, start, mode.duration());
			if (best == null || start + mode.duration() < best.start() + best.mode().duration()) {
				best = new Placement(op, mode, start, setup);
			}
		}
		return best;
	}

	private static int clearOfBlocks(Resource resource, int from, int duration) {
		int start = from;
		for (TimeWindow block : resource.blocked()) {
			if (duration > 0 && block.overlaps(start, start + duration)) {
				start = block.end();
			}
		}
		return start;
	}

	private void place(Job job, Placement placement) {
		String resource = placement.mode().resource();
		int end = placement.start() + placement.mode().duration();
		this.placed.put(placement.operation().id(), new ScheduledOperation(job.id(), placement.operation().id(),
				resource, placement.start(), end, placement.setup()));
		this.freeAt.put(resource, end);
		this.familyOn.put(resource, job.family());
	}

	/**
	 * Pinned successors may have been passed by their predecessors: then there is no
	 * dispatched schedule.
	 */
	private boolean chainsHold() {
		for (Job job : this.problem.jobs()) {
			for (int i = 1; i < job.operations().size(); i++) {
				Operation before = job.operations().get(i - 1);
				ScheduledOperation a = this.placed.get(before.id());
				ScheduledOperation b = this.placed.get(job.operations().get(i).id());
				boolean holds = (before.transferLag() == null) ? b.start() >= a.end()
						: b.start() >= a.start() + before.transferLag() && b.end() >= a.end();
				if (!holds) {
					return false;
				}
			}
		}
		return true;
	}

	private record Placement(Operation operation, Mode mode, int start, int setup) {
	}

}
