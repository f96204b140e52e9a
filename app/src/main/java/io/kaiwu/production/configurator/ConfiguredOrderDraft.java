package io.kaiwu.production.configurator;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a salesperson or planner sends to order a configured product.
 *
 * @param options the option codes picked
 * @param quantity how many, more than zero
 * @param dueDate {@code yyyy-MM-dd}
 * @param customerId the customer's id, or
 * @param customerCode the customer's code
 * @param customerReference the customer's own order number
 * @param priority 1 most urgent .. 9 least; 5 when left out
 */
public record ConfiguredOrderDraft(@Nullable List<String> options, @Nullable BigDecimal quantity,
		@Nullable String dueDate, @Nullable UUID customerId, @Nullable String customerCode,
		@Nullable String customerReference, @Nullable Integer priority) {
}
