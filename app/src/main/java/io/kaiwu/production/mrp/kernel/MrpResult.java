package io.kaiwu.production.mrp.kernel;

import java.util.List;

/**
 * What an MRP run gives.
 *
 * @param items the time-phased record of every item planned, by low-level code
 * @param plannedOrders the planned orders, by number
 * @param messages the exception messages
 */
public record MrpResult(List<ItemRecord> items, List<PlannedOrder> plannedOrders, List<MrpMessage> messages) {

	public MrpResult {
		items = List.copyOf(items);
		plannedOrders = List.copyOf(plannedOrders);
		messages = List.copyOf(messages);
	}

}
