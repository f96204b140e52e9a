package io.kaiwu.production.mrp.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything an MRP run of one plant reads.
 *
 * @param today the run's day: releases before it are late
 * @param demands independent demand (customer order lines)
 * @param receipts scheduled receipts (open production orders, purchase requisitions)
 * @param onHand on hand per item; missing means none
 * @param planning planning data per item; an item without it is made when it has a BOM on
 * the run's day and bought otherwise, lot-for-lot, no lead time, no safety stock
 * @param boms the BOM
 * @param calendar the plant's working days
 */
public record MrpInput(LocalDate today, List<Demand> demands, List<ScheduledReceipt> receipts,
		Map<UUID, BigDecimal> onHand, Map<UUID, ItemPlanning> planning, BillOfMaterials boms,
		WorkingCalendar calendar) {

	public MrpInput {
		demands = List.copyOf(demands);
		receipts = List.copyOf(receipts);
		onHand = Map.copyOf(onHand);
		planning = Map.copyOf(planning);
	}

}
