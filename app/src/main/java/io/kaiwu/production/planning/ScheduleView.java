package io.kaiwu.production.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.production.order.OrdersToPlan;
import io.kaiwu.production.order.WorkOrders;
import io.kaiwu.production.planning.StoredSchedule.Placed;
import io.kaiwu.production.planning.kernel.Conflicts;
import io.kaiwu.production.planning.kernel.PlannedOperation;
import io.kaiwu.production.planning.kernel.PlanningInput;
import io.kaiwu.production.resource.WorkCentres;
import io.kaiwu.shared.TenantId;

import org.springframework.stereotype.Component;

/**
 * A schedule as planners and the shop floor read it: each operation with its work order's
 * number and operation, its order's number, its resource's code, whether its order is
 * late and the conflicts a hand move made; and the dispatch list (派工单) of a work centre.
 */
@Component
public class ScheduleView {

	private final Planning planning;

	private final WorkOrders workOrders;

	private final OrdersToPlan orders;

	private final WorkCentres workCentres;

	ScheduleView(Planning planning, WorkOrders workOrders, OrdersToPlan orders, WorkCentres workCentres) {
		this.planning = planning;
		this.workOrders = workOrders;
		this.orders = orders;
		this.workCentres = workCentres;
	}

	/**
	 * One row of a Gantt or a dispatch list.
	 *
	 * @param workOrderId the work order
	 * @param workOrderNumber its number
	 * @param operation its operation's code and name
	 * @param productionOrderId its production order
	 * @param productionOrderNumber that order's number
	 * @param resourceId the resource it runs on
	 * @param resourceCode that resource's code
	 * @param start when it starts
	 * @param end when it ends
	 * @param setupMinutes changeover just before it
	 * @param movedByHand whether a planner dragged it there
	 * @param late whether its order finishes after its due date
	 * @param status the work order's status now
	 * @param conflicts what is wrong with it (OVERLAP, PRECEDENCE, OFF_SHIFT)
	 */
	public record Row(UUID workOrderId, String workOrderNumber, String operation, UUID productionOrderId,
			String productionOrderNumber, UUID resourceId, String resourceCode, Instant start, Instant end,
			int setupMinutes, boolean movedByHand, boolean late, String status, List<String> conflicts) {
	}

	/**
	 * A schedule with its rows.
	 *
	 * @param schedule the schedule as stored
	 * @param rows its operations, by resource code and start
	 * @param resources the codes of the resources in it, sorted
	 * @param conflictCount how many operations are in conflict
	 */
	public record Detail(StoredSchedule schedule, List<Row> rows, List<String> resources, int conflictCount) {
	}

	public Detail detail(TenantId tenant, UUID scheduleId) {
		return detail(tenant, this.planning.find(tenant, scheduleId));
	}

	public Optional<Detail> active(TenantId tenant) {
		return this.planning.active(tenant).map((s) -> detail(tenant, s));
	}

	/** The active schedule's operations on a work centre's resources, by start. */
	public List<Row> dispatchList(TenantId tenant, UUID workCentreId) {
		Set<UUID> resources = new HashSet<>();
		this.workCentres.resources(tenant, workCentreId).forEach((r) -> resources.add(r.id()));
		return active(tenant)
			.map((d) -> d.rows()
				.stream()
				.filter((row) -> resources.contains(row.resourceId()))
				.filter((row) -> !"FINISHED".equals(row.status()))
				.sorted(Comparator.comparing(Row::start))
				.toList())
			.orElse(List.of());
	}

	private Detail detail(TenantId tenant, StoredSchedule schedule) {
		Map<UUID, Boolean> late = new HashMap<>();
		schedule.orders().forEach((o) -> late.put(o.outcome().productionOrderId(), o.outcome().late()));
		Map<UUID, Integer> sequence = new HashMap<>();
		Set<UUID> transferBatched = new HashSet<>();
		for (OrdersToPlan.OrderToPlan order : this.orders.released(tenant)) {
			for (OrdersToPlan.Step step : order.steps()) {
				sequence.put(step.workOrderId(), step.sequence());
				if (step.transferBatch() != null) {
					transferBatched.add(step.workOrderId());
				}
			}
		}
		List<PlannedOperation> operations = schedule.operations().stream().map(Placed::operation).toList();
		Map<UUID, List<PlanningInput.Window>> available = new HashMap<>();
		boolean handMoves = schedule.operations().stream().anyMatch(Placed::movedByHand);
		if (handMoves && !operations.isEmpty()) {
			Instant from = operations.stream()
				.map(PlannedOperation::start)
				.min(Comparator.naturalOrder())
				.orElseThrow();
			Instant to = operations.stream().map(PlannedOperation::end).max(Comparator.naturalOrder()).orElseThrow();
			operations.stream()
				.map(PlannedOperation::resourceId)
				.distinct()
				.forEach((r) -> available.put(r,
						this.workCentres.available(tenant, r, from, to.isAfter(from) ? to : from.plusSeconds(60))
							.stream()
							.map((w) -> new PlanningInput.Window(w.start(), w.end()))
							.toList()));
		}
		Map<UUID, List<String>> conflicts = new HashMap<>();
		for (Conflicts.Conflict c : Conflicts.of(operations, sequence, transferBatched, available)) {
			conflicts.computeIfAbsent(c.workOrderId(), (w) -> new ArrayList<>()).add(c.kind().name());
		}
		Map<UUID, String> codes = new HashMap<>();
		Map<UUID, WorkOrders.WorkOrder> workOrders = new HashMap<>();
		Set<UUID> orderIds = new HashSet<>();
		schedule.operations().forEach((p) -> orderIds.add(p.operation().productionOrderId()));
		this.workOrders.ofOrders(tenant, orderIds).forEach((w) -> workOrders.put(w.id(), w));
		List<Row> rows = new ArrayList<>();
		for (Placed placed : schedule.operations()) {
			PlannedOperation op = placed.operation();
			String code = codes.computeIfAbsent(op.resourceId(),
					(r) -> this.workCentres.resource(tenant, r).map(WorkCentres.Resource::code).orElse(r.toString()));
			Optional<WorkOrders.WorkOrder> wo = Optional.ofNullable(workOrders.get(op.workOrderId()));
			rows.add(new Row(op.workOrderId(), wo.map(WorkOrders.WorkOrder::number).orElse("?"),
					wo.map((w) -> w.operationCode() + " " + w.operationName()).orElse(""), op.productionOrderId(),
					wo.map(WorkOrders.WorkOrder::productionOrderNumber).orElse("?"), op.resourceId(), code, op.start(),
					op.end(), op.setupMinutes(), placed.movedByHand(), late.getOrDefault(op.productionOrderId(), false),
					wo.map((w) -> w.status().name()).orElse("FINISHED"),
					List.copyOf(new LinkedHashSet<>(conflicts.getOrDefault(op.workOrderId(), List.of())))));
		}
		rows.sort(Comparator.comparing(Row::resourceCode).thenComparing(Row::start));
		List<String> resources = rows.stream().map(Row::resourceCode).distinct().sorted().toList();
		return new Detail(schedule, rows, resources,
				(int) rows.stream().filter((r) -> !r.conflicts().isEmpty()).count());
	}

}
