package io.kaiwu.production.stock;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.shared.TenantId;

/**
 * Item code and name by id for a page of production data, each item looked up once while
 * the page renders.
 */
public final class ItemLabels {

	private final Map<UUID, String> known = new HashMap<>();

	private final ItemCatalog items;

	private final TenantId tenant;

	public ItemLabels(ItemCatalog items, TenantId tenant) {
		this.items = items;
		this.tenant = tenant;
	}

	/**
	 * The item's code and name, its id when unknown.
	 * @param itemId the item.
	 * @return what to show.
	 */
	public String of(UUID itemId) {
		return this.known.computeIfAbsent(itemId,
				(id) -> this.items.item(this.tenant, id).map((i) -> i.code() + " " + i.name()).orElse(id.toString()));
	}

}
