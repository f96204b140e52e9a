package io.kaiwu.production.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What a plant has on hand of an item.
 *
 * @param plantId the plant
 * @param itemId the item
 * @param onHand the sum of its movements
 * @param lastMovedAt when it last moved
 */
public record StockLevel(UUID plantId, UUID itemId, BigDecimal onHand, Instant lastMovedAt) {
}
