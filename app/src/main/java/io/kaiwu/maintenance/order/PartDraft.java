package io.kaiwu.maintenance.order;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A spare part to record: the item by id or by code, a positive quantity, and the unit
 * (the item's base unit when left out).
 */
public record PartDraft(@Nullable UUID itemId, @Nullable String itemCode, @Nullable BigDecimal quantity,
		@Nullable String unit) {
}
