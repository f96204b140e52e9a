package io.kaiwu.production.order;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a planner gives to create a production order by hand or for a customer order line.
 *
 * @param itemId the item to make (left out when a customer order line is given)
 * @param plantId the plant (for a customer order line, the customer order's plant when
 * left out)
 * @param quantity how much (the line's open quantity when left out for a line)
 * @param dueDate {@code yyyy-MM-dd} (the line's due date when left out for a line)
 * @param startDate {@code yyyy-MM-dd} when it should be released; the due date when left
 * out
 * @param priority 1 most urgent .. 9 least (the line's, or 5)
 * @param customerOrderLineId the customer order line it makes
 */
public record ProductionOrderDraft(@Nullable UUID itemId, @Nullable UUID plantId, @Nullable BigDecimal quantity,
		@Nullable String dueDate, @Nullable String startDate, @Nullable Integer priority,
		@Nullable UUID customerOrderLineId) {
}
