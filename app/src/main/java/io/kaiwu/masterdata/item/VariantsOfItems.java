package io.kaiwu.masterdata.item;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog.ItemSummary;
import io.kaiwu.masterdata.ItemVariants;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Variant items as copies of their base item, found again by code. */
@Service
class VariantsOfItems implements ItemVariants {

	private static final int MAX_NAME = 200;

	private final Items items;

	private final ApplicationEventPublisher events;

	VariantsOfItems(Items items, ApplicationEventPublisher events) {
		this.items = items;
		this.events = events;
	}

	@Override
	@Transactional
	public ItemSummary variantOf(TenantId tenant, UUID baseItemId, String variantCode, String variantName) {
		Optional<Item> known = this.items.findByCode(tenant.value(), variantCode);
		if (known.isPresent()) {
			return summary(known.get());
		}
		Item base = this.items.find(tenant.value(), baseItemId)
			.orElseThrow(() -> new KaiwuProblem.NotFound("item", baseItemId));
		Instant now = Instant.now();
		String name = (variantName.length() > MAX_NAME) ? variantName.substring(0, MAX_NAME) : variantName;
		Item variant = new Item(UUID.randomUUID(), base.tenant(), variantCode, name, base.kind(), base.baseUnit(),
				base.baseUnitCode(), base.drawingNumber(), base.specification(), base.grade(), now, now);
		this.items.insert(variant);
		this.events.publishEvent(ChangeRecorded.created(tenant, "item", variant.id(), variant.snapshot()));
		return summary(variant);
	}

	private static ItemSummary summary(Item item) {
		return new ItemSummary(item.id(), item.code(), item.name(), item.baseUnitCode(), item.grade());
	}

}
