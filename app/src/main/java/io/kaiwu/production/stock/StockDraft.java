package io.kaiwu.production.stock;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a storekeeper gives to move stock.
 *
 * @param plantId the plant (a site)
 * @param itemId the item
 * @param reason why, one of the {@link StockMovement.Reason}s of the movement's kind
 * @param quantity more than zero for a receipt or an issue; for an adjustment signed and
 * not zero
 * @param reference what moved it (a purchase order, a delivery note, a count sheet)
 * @param note a remark
 */
public record StockDraft(@Nullable UUID plantId, @Nullable UUID itemId, @Nullable String reason,
		@Nullable BigDecimal quantity, @Nullable String reference, @Nullable String note) {
}
