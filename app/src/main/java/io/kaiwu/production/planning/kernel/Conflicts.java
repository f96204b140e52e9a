package io.kaiwu.production.planning.kernel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What is wrong with a schedule a planner changed by hand, for the Gantt to highlight:
 * two operations on one resource at once, an operation that starts before the one before
 * it in its order has ended, and an operation outside its resource's working time. The
 * engine's own schedules have none.
 */
public final class Conflicts {

	private Conflicts() {
	}

	/** The kinds of conflict. */
	public enum Kind {

		/** Overlaps another operation on the same resource. */
		OVERLAP,
		/** Starts before its predecessor in the order has ended. */
		PRECEDENCE,
		/** Runs outside the resource's available time. */
		OFF_SHIFT

	}

	/**
	 * One conflict of one operation.
	 *
	 * @param workOrderId the operation in conflict
	 * @param kind what is wrong
	 * @param other the other work order involved (overlap, precedence), if any
	 */
	public record Conflict(UUID workOrderId, Kind kind, UUID other) {
	}

	/**
	 * The conflicts of a schedule.
	 * @param operations the schedule's operations
	 * @param sequence each work order's position in its order's routing (ascending)
	 * @param transferBatched work orders that pass transfer batches on: the next one may
	 * start before they end, but not before they start, and may not end before them
	 * @param available per resource, its available windows (sorted, disjoint); a resource
	 * missing here is always available
	 * @return the conflicts, each operation at fault listed once per kind and partner
	 */
	public static List<Conflict> of(List<PlannedOperation> operations, Map<UUID, Integer> sequence,
			Set<UUID> transferBatched, Map<UUID, List<PlanningInput.Window>> available) {
		List<Conflict> found = new ArrayList<>();
		Map<UUID, List<PlannedOperation>> byResource = new LinkedHashMap<>();
		Map<UUID, List<PlannedOperation>> byOrder = new LinkedHashMap<>();
		for (PlannedOperation op : operations) {
			byResource.computeIfAbsent(op.resourceId(), (r) -> new ArrayList<>()).add(op);
			byOrder.computeIfAbsent(op.productionOrderId(), (o) -> new ArrayList<>()).add(op);
		}
		for (List<PlannedOperation> onResource : byResource.values()) {
			onResource.sort(Comparator.comparing(PlannedOperation::start));
			for (int i = 0; i < onResource.size(); i++) {
				PlannedOperation a = onResource.get(i);
				for (int j = i + 1; j < onResource.size() && onResource.get(j).start().isBefore(a.end()); j++) {
					PlannedOperation b = onResource.get(j);
					if (b.end().isAfter(b.start()) && a.end().isAfter(a.start())) {
						found.add(new Conflict(a.workOrderId(), Kind.OVERLAP, b.workOrderId()));
						found.add(new Conflict(b.workOrderId(), Kind.OVERLAP, a.workOrderId()));
					}
				}
			}
		}
		for (List<PlannedOperation> inOrder : byOrder.values()) {
			inOrder.sort(Comparator.comparing((PlannedOperation op) -> sequence.getOrDefault(op.workOrderId(), 0)));
			for (int i = 1; i < inOrder.size(); i++) {
				PlannedOperation before = inOrder.get(i - 1);
				PlannedOperation after = inOrder.get(i);
				boolean early = transferBatched.contains(before.workOrderId())
						? after.start().isBefore(before.start()) || after.end().isBefore(before.end())
						: after.start().isBefore(before.end());
				if (early) {
					found.add(new Conflict(after.workOrderId(), Kind.PRECEDENCE, before.workOrderId()));
				}
			}
		}
		Map<UUID, List<PlanningInput.Window>> windows = new HashMap<>(available);
		for (PlannedOperation op : operations) {
			List<PlanningInput.Window> free = windows.get(op.resourceId());
			if (free != null && op.end().isAfter(op.start()) && !inside(free, op.start(), op.end())) {
				found.add(new Conflict(op.workOrderId(), Kind.OFF_SHIFT, op.workOrderId()));
			}
		}
		return found;
	}

	private static boolean inside(List<PlanningInput.Window> free, Instant start, Instant end) {
		return free.stream().anyMatch((w) -> !w.start().isAfter(start) && !w.end().isBefore(end));
	}

}
