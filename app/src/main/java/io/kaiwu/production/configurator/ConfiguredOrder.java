package io.kaiwu.production.configurator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A configured order: who configured what and when, the variant item, and the customer
 * and production orders made for it.
 *
 * @param id the configuration
 * @param productId the configurable product
 * @param selection the option codes, sorted
 * @param variantCode the variant item's code
 * @param variantItemId the variant item
 * @param quantity how many
 * @param dueDate by when
 * @param customerOrderId the customer order
 * @param customerOrderNumber its number
 * @param productionOrderId the released production order
 * @param productionOrderNumber its number
 * @param createdBy who configured it
 * @param createdAt when
 */
public record ConfiguredOrder(UUID id, UUID productId, List<String> selection, String variantCode, UUID variantItemId,
		BigDecimal quantity, LocalDate dueDate, UUID customerOrderId, String customerOrderNumber,
		UUID productionOrderId, String productionOrderNumber, String createdBy, Instant createdAt) {

	public ConfiguredOrder {
		selection = List.copyOf(selection);
	}

}
