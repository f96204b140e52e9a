package io.kaiwu.masterdata;

import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * What other modules (maintenance's spare parts, quality's traceability) read about a
 * tenant's items (物料). An id or code of another tenant is answered as unknown.
 */
public interface ItemCatalog {

	/**
	 * One item by id.
	 * @param tenant whose item.
	 * @param itemId the item.
	 * @return empty when the tenant has no such item.
	 */
	Optional<ItemSummary> item(TenantId tenant, UUID itemId);

	/**
	 * One item by its code.
	 * @param tenant whose item.
	 * @param code the item's code, unique in the tenant.
	 * @return empty when the tenant has no item with this code.
	 */
	Optional<ItemSummary> byCode(TenantId tenant, String code);

	/**
	 * An item as other modules see it.
	 *
	 * @param id the item
	 * @param code its code
	 * @param name its name
	 * @param baseUnitCode the code of the unit it is counted in
	 * @param grade its data grade (数据分级): what may be shown outside the tenant
	 */
	record ItemSummary(UUID id, String code, String name, String baseUnitCode, DataGrade grade) {
	}

}
