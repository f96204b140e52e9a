package io.kaiwu.production.mrp;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a planner gives to set an item's planning data in a plant.
 *
 * @param plantId the plant
 * @param itemId the item
 * @param procurement {@code MAKE} or {@code BUY}
 * @param leadTimeDays working days, zero or more
 * @param lotRule {@code LOT_FOR_LOT}, {@code FIXED_ORDER_QUANTITY}, {@code MINIMUM} or
 * {@code MULTIPLE}
 * @param lotQuantity the fixed quantity, minimum or multiple; not for lot-for-lot
 * @param safetyStock zero or more; zero when left out
 */
public record ItemPlanningDraft(@Nullable UUID plantId, @Nullable UUID itemId, @Nullable String procurement,
		@Nullable Integer leadTimeDays, @Nullable String lotRule, @Nullable BigDecimal lotQuantity,
		@Nullable BigDecimal safetyStock) {
}
