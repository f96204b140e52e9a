package io.kaiwu.production.mrp.kernel;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * How MRP plans one item in one plant.
 *
 * @param itemId the item
 * @param procurement make or buy
 * @param leadTimeDays working days from release to receipt: production lead time for made
 * items, purchase lead time for bought ones
 * @param lotSizing the lot-sizing rule
 * @param safetyStock the stock (安全库存) projected on hand must not fall below
 */
public record ItemPlanning(UUID itemId, Procurement procurement, int leadTimeDays, LotSizing lotSizing,
		BigDecimal safetyStock) {

	public ItemPlanning {
		if (leadTimeDays < 0) {
			throw new IllegalArgumentException("A lead time cannot be negative");
		}
		if (safetyStock.signum() < 0) {
			throw new IllegalArgumentException("A safety stock cannot be negative");
		}
	}

}
