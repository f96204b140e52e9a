package io.kaiwu.production.mrp.kernel;

import java.math.BigDecimal;
import java.util.List;

/**
 * An item's part of an MRP run.
 *
 * @param planning how it was planned
 * @param lowLevelCode its low-level code (低层码): 0 for end items, one more than its
 * deepest parent below
 * @param onHand on hand at the start
 * @param buckets the days with anything on them, in order
 */
public record ItemRecord(ItemPlanning planning, int lowLevelCode, BigDecimal onHand, List<Bucket> buckets) {

	public ItemRecord {
		buckets = List.copyOf(buckets);
	}

}
