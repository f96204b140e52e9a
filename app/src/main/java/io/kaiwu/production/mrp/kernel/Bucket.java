package io.kaiwu.production.mrp.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One day of an item's time-phased record (MRP 表).
 *
 * @param date the day
 * @param gross gross requirements (毛需求): customer orders and parents' planned orders
 * @param scheduledReceipts open orders arriving (计划接收)
 * @param projectedOnHand projected on hand (预计库存) at the end of the day, planned receipts
 * included
 * @param net net requirement (净需求): what was missing to keep the safety stock
 * @param plannedReceipts planned orders arriving (计划订单接收)
 * @param plannedReleases planned orders to release this day (计划订单下达)
 */
public record Bucket(LocalDate date, BigDecimal gross, BigDecimal scheduledReceipts, BigDecimal projectedOnHand,
		BigDecimal net, BigDecimal plannedReceipts, BigDecimal plannedReleases) {
}
