package io.kaiwu.production.planning.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.production.order.OrdersToPlan.Alternative;
import io.kaiwu.production.order.OrdersToPlan.OrderToPlan;
import io.kaiwu.production.order.OrdersToPlan.Step;
import io.kaiwu.production.schedule.solver.Job;
import io.kaiwu.production.schedule.solver.JobOutcome;
import io.kaiwu.production.schedule.solver.Mode;
import io.kaiwu.production.schedule.solver.Operation;
import io.kaiwu.production.schedule.solver.Pin;
import io.kaiwu.production.schedule.solver.Resource;
import io.kaiwu.production.schedule.solver.Schedule;
import io.kaiwu.production.schedule.solver.ScheduledOperation;
import io.kaiwu.production.schedule.solver.SchedulingProblem;
import io.kaiwu.production.schedule.solver.TimeWindow;

/**
 * Turns production's orders, calendars and setup matrices into the engine's problem in
 * whole minutes from the origin, and the engine's schedule back into instants.
 * <ul>
 * <li>a production order is a job: released at its start date (not before the origin),
 * due at the end of its due date; its priority 1..9 becomes the engine's 9..1;</li>
 * <li>a work order is an operation; on each resource that can do it it takes the open
 * quantity times the run time per unit divided by the resource's speed, plus the step's
 * own setup when the resource's work centre has no setup matrix (with a matrix, the
 * changeover comes from the matrix by product family);</li>
 * <li>a started work order stays on its resource; one a planner placed by hand keeps its
 * resource and start;</li>
 * <li>a transfer batch lets the next operation start once the first batch is done;</li>
 * <li>a resource is blocked in the gaps between its available windows inside the
 * horizon.</li>
 * </ul>
 */
public final class ProblemTranslation {

	private final PlanningInput input;

	private final Instant origin;

	private final Map<String, UUID> orderIds = new HashMap<>();

	private final Map<String, UUID> workOrderIds = new HashMap<>();

	private final SchedulingProblem problem;

	public ProblemTranslation(PlanningInput input) {
		this.input = input;
		this.origin = input.origin().truncatedTo(ChronoUnit.MINUTES);
		Set<UUID> resources = new LinkedHashSet<>();
		Map<UUID, PlannedOperation> pinned = new HashMap<>();
		input.pinned().forEach((op) -> pinned.put(op.workOrderId(), op));
		List<Job> jobs = new ArrayList<>();
		for (OrderToPlan order : input.orders()) {
			if (order.steps().isEmpty()) {
				continue;
			}
			this.orderIds.put(order.id().toString(), order.id());
			List<Operation> operations = new ArrayList<>();
			for (Step step : order.steps()) {
				this.workOrderIds.put(step.workOrderId().toString(), step.workOrderId());
				List<Alternative> alternatives = step.started() ? step.resources().subList(0, 1) : step.resources();
				List<Mode> modes = new ArrayList<>();
				for (Alternative alternative : alternatives) {
					resources.add(alternative.resourceId());
					modes.add(new Mode(alternative.resourceId().toString(), minutes(step, alternative)));
				}
				PlannedOperation placed = pinned.get(step.workOrderId());
				Pin pin = (placed != null && minute(placed.start()) >= 0)
						? new Pin(placed.resourceId().toString(), minute(placed.start())) : null;
				Operation operation = new Operation(step.workOrderId().toString(), modes, transferLag(step), pin);
				operations.add(operation);
			}
			int release = Math.max(0, minute(input.dayStart().apply(order.plantId(), order.startDate())));
			int due = minute(input.dayStart().apply(order.plantId(), order.dueDate().plusDays(1)));
			jobs.add(
					new Job(order.id().toString(), order.family(), release, due, 1, 10 - order.priority(), operations));
		}
		List<Resource> engineResources = resources.stream().map(this::resource).toList();
		List<ScheduledOperation> previous = new ArrayList<>();
		for (PlannedOperation before : input.previous()) {
			int start = minute(before.start());
			if (start >= 0 && this.workOrderIds.containsKey(before.workOrderId().toString())) {
				previous
					.add(new ScheduledOperation(before.productionOrderId().toString(), before.workOrderId().toString(),
							before.resourceId().toString(), start, minute(before.end()), before.setupMinutes()));
			}
		}
		this.problem = new SchedulingProblem(jobs, engineResources, input.objective(), previous,
				Math.max(0, minute(input.freezeUntil())), input.timeLimit(), input.workers());
	}

	/** The engine's problem. */
	public SchedulingProblem problem() {
		return this.problem;
	}

	/** The schedule's operations in instants, by start. */
	public List<PlannedOperation> operations(Schedule schedule) {
		return schedule.operations()
			.stream()
			.map((op) -> new PlannedOperation(this.orderIds.get(op.job()), this.workOrderIds.get(op.operation()),
					UUID.fromString(op.resource()), at(op.start()), at(op.end()), op.setupBefore()))
			.toList();
	}

	/** How each production order fares in the schedule, in the input's order. */
	public Map<UUID, OrderOutcome> outcomes(Schedule schedule) {
		Map<UUID, OrderOutcome> outcomes = new LinkedHashMap<>();
		for (JobOutcome job : schedule.jobs()) {
			UUID id = this.orderIds.get(job.job());
			outcomes.put(id, new OrderOutcome(id, at(job.completion()), at(job.due()), job.tardiness(), job.late()));
		}
		return outcomes;
	}

	/** The instant of a minute of the horizon. */
	public Instant at(int minute) {
		return this.origin.plus(minute, ChronoUnit.MINUTES);
	}

	/** The minute of the horizon an instant falls in (negative before the origin). */
	public int minute(Instant instant) {
		long minutes = Math.floorDiv(Duration.between(this.origin, instant).toSeconds(), 60);
		return (int) Math.max(Integer.MIN_VALUE / 2, Math.min(SchedulingProblem.END_OF_TIME, minutes));
	}

	private int minutes(Step step, Alternative alternative) {
		BigDecimal seconds = step.openQuantity()
			.multiply(BigDecimal.valueOf(step.runPerUnit().toMillis()))
			.divide(BigDecimal.valueOf(1000), 6, RoundingMode.HALF_UP)
			.divide(alternative.speedFactor(), 6, RoundingMode.HALF_UP);
		long run = seconds.divide(BigDecimal.valueOf(60), 0, RoundingMode.CEILING).longValueExact();
		boolean matrix = !this.input.setups().getOrDefault(alternative.resourceId(), Map.of()).isEmpty();
		long setup = matrix ? 0 : (step.setup().toSeconds() + 59) / 60;
		return (int) Math.min(SchedulingProblem.END_OF_TIME / 2, run + setup);
	}

	/** Minutes until the first transfer batch is done, on the preferred resource. */
	private Integer transferLag(Step step) {
		BigDecimal batch = step.transferBatch();
		if (batch == null || batch.compareTo(step.openQuantity()) >= 0 || batch.signum() <= 0) {
			return null;
		}
		BigDecimal seconds = batch.multiply(BigDecimal.valueOf(step.runPerUnit().toSeconds()))
			.divide(step.resources().get(0).speedFactor(), 0, RoundingMode.CEILING);
		return seconds.divide(BigDecimal.valueOf(60), 0, RoundingMode.CEILING).intValueExact();
	}

	private Resource resource(UUID id) {
		List<TimeWindow> blocked = new ArrayList<>();
		List<PlanningInput.Window> windows = this.input.available().get(id);
		if (windows != null) {
			int horizonEnd = minute(this.input.horizonEnd());
			int free = 0;
			for (PlanningInput.Window w : windows) {
				// a window's partial first and last minutes are not usable
				int start = Math.max(0, minuteUp(w.start()));
				int end = Math.min(horizonEnd, minute(w.end()));
				if (end <= start) {
					continue;
				}
				if (start > free) {
					blocked.add(new TimeWindow(free, start));
				}
				free = Math.max(free, end);
			}
			if (free < horizonEnd) {
				blocked.add(new TimeWindow(free, horizonEnd));
			}
		}
		Map<String, Map<String, Integer>> setups = new HashMap<>();
		this.input.setups().getOrDefault(id, Map.of()).forEach((from, row) -> {
			Map<String, Integer> minutes = new HashMap<>();
			row.forEach((to, duration) -> minutes.put(to, (int) ((duration.toSeconds() + 59) / 60)));
			setups.put(from, minutes);
		});
		return new Resource(id.toString(), blocked, setups, null);
	}

	private int minuteUp(Instant instant) {
		int minute = minute(instant);
		return at(minute).equals(instant) ? minute : minute + 1;
	}

	/**
	 * How one production order fares.
	 *
	 * @param productionOrderId the order
	 * @param completion when its last operation ends
	 * @param due when it is due
	 * @param tardinessMinutes how late, 0 when on time
	 * @param late whether it finishes after its due date
	 */
	public record OrderOutcome(UUID productionOrderId, Instant completion, Instant due, int tardinessMinutes,
			boolean late) {
	}

}
