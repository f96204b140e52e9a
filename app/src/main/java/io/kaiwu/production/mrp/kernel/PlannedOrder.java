package io.kaiwu.production.mrp.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A planned order (计划订单) of an MRP run: a production order to make the item or a purchase
 * requisition to buy it, once the planner firms it.
 *
 * @param number its number within the run, from 1
 * @param itemId the item
 * @param procurement make (a planned production order) or buy (a planned purchase
 * requisition)
 * @param quantity the lot-sized quantity
 * @param releaseDate the day it must be released (started or ordered): the receipt day
 * less the lead time
 * @param receiptDate the day the quantity must be there
 * @param pegs the demands it covers, earliest first; what is left of the lot goes to
 * stock
 */
public record PlannedOrder(int number, UUID itemId, Procurement procurement, BigDecimal quantity, LocalDate releaseDate,
		LocalDate receiptDate, List<Peg> pegs) {

	public PlannedOrder {
		pegs = List.copyOf(pegs);
	}

}
