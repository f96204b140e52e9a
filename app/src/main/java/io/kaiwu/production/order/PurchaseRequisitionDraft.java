package io.kaiwu.production.order;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a planner gives to raise a purchase requisition by hand.
 *
 * @param itemId the item
 * @param plantId the plant
 * @param supplierId the supplier proposed; may be left out
 * @param quantity more than zero
 * @param needDate {@code yyyy-MM-dd}
 * @param note a remark
 */
public record PurchaseRequisitionDraft(@Nullable UUID itemId, @Nullable UUID plantId, @Nullable UUID supplierId,
		@Nullable BigDecimal quantity, @Nullable String needDate, @Nullable String note) {
}
