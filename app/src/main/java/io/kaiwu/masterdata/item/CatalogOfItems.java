package io.kaiwu.masterdata.item;

import java.util.Optional;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.shared.TenantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The items as other modules read them. */
@Service
class CatalogOfItems implements ItemCatalog {

	private final Items items;

	CatalogOfItems(Items items) {
		this.items = items;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ItemSummary> item(TenantId tenant, UUID itemId) {
		return this.items.find(tenant.value(), itemId).map(CatalogOfItems::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ItemSummary> byCode(TenantId tenant, String code) {
		return this.items.findByCode(tenant.value(), code.strip()).map(CatalogOfItems::summary);
	}

	private static ItemSummary summary(Item item) {
		return new ItemSummary(item.id(), item.code(), item.name(), item.baseUnitCode(), item.grade());
	}

}
