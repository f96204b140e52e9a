package io.kaiwu.production.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.production.planning.kernel.PlannedOperation;
import io.kaiwu.production.planning.kernel.ProblemTranslation.OrderOutcome;
import org.jspecify.annotations.Nullable;

/**
 * A schedule (排程方案) as kept: its operations, how each order fares, what moved against the
 * schedule it was based on, and its KPIs.
 *
 * @param id the schedule
 * @param number its running number in the tenant
 * @param status draft, active, superseded or discarded
 * @param reason why it was made
 * @param basedOn the schedule it was made from (the active one), if any
 * @param note what the planner or the repair said about it
 * @param origin the moment it was planned from
 * @param freezeUntil operations of {@code basedOn} starting before this kept their place
 * @param solverStatus OPTIMAL or FEASIBLE
 * @param solveMillis how long the engine took
 * @param kpis the figures of the KPI strip
 * @param createdBy who made it (a user, or the system for a repair)
 * @param createdAt when
 * @param activatedAt when it became active, if it did
 * @param operations every operation, by start
 * @param orders how each production order fares
 * @param changes what moved against {@code basedOn}
 */
public record StoredSchedule(UUID id, int number, ScheduleStatus status, ScheduleReason reason, @Nullable UUID basedOn,
		@Nullable String note, Instant origin, Instant freezeUntil, String solverStatus, long solveMillis, Kpis kpis,
		String createdBy, Instant createdAt, @Nullable Instant activatedAt, List<Placed> operations,
		List<Outcome> orders, List<Change> changes) {

	public StoredSchedule {
		operations = List.copyOf(operations);
		orders = List.copyOf(orders);
		changes = List.copyOf(changes);
	}

	/**
	 * The KPI strip.
	 *
	 * @param makespanMinutes from the origin to the end of the last operation
	 * @param totalSetupMinutes changeovers over all resources
	 * @param weightedTardiness minutes late times weight and priority, summed
	 * @param onTimeRate share of orders on time, 0 to 1
	 * @param utilisation mean share of the resources' available time they are busy
	 */
	public record Kpis(int makespanMinutes, int totalSetupMinutes, long weightedTardiness, BigDecimal onTimeRate,
			BigDecimal utilisation) {
	}

	/**
	 * One operation of the schedule.
	 *
	 * @param operation where and when
	 * @param movedByHand whether a planner dragged it there
	 */
	public record Placed(PlannedOperation operation, boolean movedByHand) {
	}

	/**
	 * How one order fares.
	 *
	 * @param outcome completion, due date, tardiness
	 * @param newlyAtRisk late now, on time in {@code basedOn}
	 */
	public record Outcome(OrderOutcome outcome, boolean newlyAtRisk) {
	}

	/**
	 * One operation that moved against {@code basedOn}.
	 *
	 * @param workOrderId the work order
	 * @param productionOrderId its production order
	 * @param oldResourceId where it was; {@literal null} when new in the plan
	 * @param oldStart when it started; {@literal null} when new
	 * @param newResourceId where it is now
	 * @param newStart when it starts now
	 */
	public record Change(UUID workOrderId, UUID productionOrderId, @Nullable UUID oldResourceId,
			@Nullable Instant oldStart, UUID newResourceId, Instant newStart) {
	}

}
