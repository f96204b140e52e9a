package io.kaiwu.masterdata;

import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog.ItemSummary;
import io.kaiwu.shared.TenantId;

/**
 * Variant items (变型物料) a configured product is made as: a copy of the base item (kind,
 * unit, drawing number, grade) under the variant's own code.
 */
public interface ItemVariants {

	/**
	 * The variant item with this code, created from the base item the first time it is
	 * asked for; the same code answers the same item ever after.
	 * @param tenant whose items.
	 * @param baseItemId the base item the variant derives from.
	 * @param variantCode the variant's item code (at most 50 characters).
	 * @param variantName its name for a new item (cut to 200 characters).
	 * @return the variant item.
	 * @throws io.kaiwu.shared.KaiwuProblem.NotFound when the base item is unknown
	 */
	ItemSummary variantOf(TenantId tenant, UUID baseItemId, String variantCode, String variantName);

}
