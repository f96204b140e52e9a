package io.kaiwu.production.configurator;

import java.time.Instant;
import java.util.UUID;

/**
 * A configurable product as stored.
 *
 * @param id the product
 * @param baseItemId the base item
 * @param baseItemCode its code
 * @param baseItemName its name
 * @param plantId the plant that makes it
 * @param name the product's name
 * @param definition the definition as it was saved (checked, every needed field given)
 * @param updatedBy who last saved it
 * @param updatedAt when
 */
public record ConfigurableProduct(UUID id, UUID baseItemId, String baseItemCode, String baseItemName, UUID plantId,
		String name, ProductDraft definition, String updatedBy, Instant updatedAt) {
}
