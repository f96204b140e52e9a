package io.kaiwu.production.mrp.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A scheduled receipt (计划接收): an open production order or purchase requisition that will
 * bring a quantity on a day.
 *
 * @param itemId the item
 * @param date the day it arrives
 * @param quantity how much is still to come
 * @param source the order, as the demand its components are pegged to
 * @param explodeOn for a firm production order whose components are still needed: the day
 * they are needed (its start); {@literal null} when its components are already taken care
 * of (released) or it is bought
 */
public record ScheduledReceipt(UUID itemId, LocalDate date, BigDecimal quantity, DemandSource source,
		@Nullable LocalDate explodeOn) {
}
