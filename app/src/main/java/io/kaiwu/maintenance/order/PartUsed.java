package io.kaiwu.maintenance.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A spare part used on an order: an item of the master data, how much and in which unit.
 * The item's code and name are kept as they were when the part was recorded.
 */
public record PartUsed(UUID id, UUID itemId, String itemCode, String itemName, BigDecimal quantity, String unit,
		String recordedBy, Instant recordedAt) {
}
