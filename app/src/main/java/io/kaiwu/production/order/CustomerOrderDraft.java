package io.kaiwu.production.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a planner gives to enter a customer order.
 *
 * @param customerId the customer's id, or
 * @param customerCode the customer's code
 * @param plantId the plant that supplies it
 * @param customerReference the customer's own order number
 * @param note a remark
 * @param lines the lines
 */
public record CustomerOrderDraft(@Nullable UUID customerId, @Nullable String customerCode, @Nullable UUID plantId,
		@Nullable String customerReference, @Nullable String note, @Nullable List<LineDraft> lines) {

	/**
	 * One line.
	 *
	 * @param itemId the item's id, or
	 * @param itemCode the item's code
	 * @param quantity more than zero
	 * @param dueDate {@code yyyy-MM-dd}
	 * @param priority 1 most urgent .. 9 least; 5 when left out
	 */
	public record LineDraft(@Nullable UUID itemId, @Nullable String itemCode, @Nullable BigDecimal quantity,
			@Nullable String dueDate, @Nullable Integer priority) {
	}

}
