package io.kaiwu.production.shopfloor.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The order in which a work centre's open work orders are offered to its operators
 * (派工顺序): by planned start when the schedule planned them, otherwise by their production
 * order's due date (taken as the start of that day); ties by production order number and
 * operation sequence. Work already running or paused comes first, so an operator finds
 * the work in hand at the top.
 */
public final class DispatchOrder {

	private DispatchOrder() {
	}

	/**
	 * A work order as dispatching sees it.
	 *
	 * @param key what the caller sorts
	 * @param inHand whether it is running or paused
	 * @param plannedStart its planned start, when scheduled
	 * @param dueDate its production order's due date, when known
	 * @param productionOrderNumber its production order's number
	 * @param sequence its operation's sequence in the routing
	 */
	public record Candidate<T>(T key, boolean inHand, @Nullable Instant plannedStart, @Nullable LocalDate dueDate,
			String productionOrderNumber, int sequence) {
	}

	/**
	 * Sorts work orders for dispatch.
	 * @param candidates the work orders
	 * @param zone the plant's time zone, where due dates begin
	 * @return the keys in dispatch order
	 */
	public static <T> List<T> sort(List<Candidate<T>> candidates, ZoneId zone) {
		Comparator<Candidate<T>> order = Comparator.comparing((Candidate<T> c) -> !c.inHand())
			.thenComparing((c) -> when(c, zone), Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Candidate::productionOrderNumber)
			.thenComparingInt(Candidate::sequence);
		return candidates.stream().sorted(order).map(Candidate::key).toList();
	}

	private static @Nullable Instant when(Candidate<?> c, ZoneId zone) {
		if (c.plannedStart() != null) {
			return c.plannedStart();
		}
		return (c.dueDate() != null) ? c.dueDate().atStartOfDay(zone).toInstant() : null;
	}

}
