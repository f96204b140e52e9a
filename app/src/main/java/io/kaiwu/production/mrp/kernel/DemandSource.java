package io.kaiwu.production.mrp.kernel;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a requirement comes from, so a planned order can be pegged (追溯需求) to it.
 *
 * @param kind the kind of demand
 * @param reference how a planner recognises it: a customer order and line, a production
 * order number, a planned order number
 * @param id the customer order line or production order, when there is one
 */
public record DemandSource(Kind kind, String reference, @Nullable UUID id) {

	/** Kinds of demand. */
	public enum Kind {

		/** A customer order line: independent demand. */
		CUSTOMER_ORDER_LINE,
		/** The components of a firm production order not yet released. */
		PRODUCTION_ORDER,
		/** A purchase requisition: only ever a supply, never a demand. */
		PURCHASE_REQUISITION,
		/** The components of a planned order of a parent item: dependent demand. */
		PLANNED_ORDER,
		/** Keeping the safety stock. */
		SAFETY_STOCK

	}

	/** The safety stock of an item. */
	public static final DemandSource SAFETY_STOCK = new DemandSource(Kind.SAFETY_STOCK, "", null);

}
