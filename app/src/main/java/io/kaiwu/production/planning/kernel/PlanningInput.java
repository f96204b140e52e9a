package io.kaiwu.production.planning.kernel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import io.kaiwu.production.order.OrdersToPlan.OrderToPlan;
import io.kaiwu.production.schedule.solver.Objective;

/**
 * Everything a planning run starts from, in instants.
 *
 * @param origin the horizon's origin (now, to the minute): nothing is planned before it
 * @param horizonEnd the end of the calendars read; after it resources count as available
 * @param orders the released orders with work left
 * @param available per resource, when it can work inside the horizon (shifts minus
 * maintenance and downtime), sorted and disjoint
 * @param setups per resource, the setup time from one product family to another (the
 * resource's work centre's matrix); empty for a resource whose work centre has none
 * @param previous the schedule in force (warm start, frozen horizon, disruption), or
 * empty
 * @param freezeUntil operations of {@code previous} starting before it keep resource and
 * start; {@code origin} for none
 * @param pinned work orders a planner placed by hand: they keep resource and start
 * @param objective the weights of the lexicographic objective
 * @param timeLimit the solver's wall-clock limit
 * @param workers the solver's threads
 * @param dayStart the instant a plant's day starts (its time zone), for release and due
 * dates
 */
public record PlanningInput(Instant origin, Instant horizonEnd, List<OrderToPlan> orders,
		Map<UUID, List<Window>> available, Map<UUID, Map<String, Map<String, Duration>>> setups,
		List<PlannedOperation> previous, Instant freezeUntil, List<PlannedOperation> pinned, Objective objective,
		Duration timeLimit, int workers, BiFunction<UUID, LocalDate, Instant> dayStart) {

	public PlanningInput {
		orders = List.copyOf(orders);
		available = Map.copyOf(available);
		setups = Map.copyOf(setups);
		previous = List.copyOf(previous);
		pinned = List.copyOf(pinned);
	}

	/** A half-open span {@code [start, end)} a resource can work in. */
	public record Window(Instant start, Instant end) {
	}

}
