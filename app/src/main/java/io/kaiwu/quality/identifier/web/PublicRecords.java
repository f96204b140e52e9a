package io.kaiwu.quality.identifier.web;

import java.time.ZoneId;
import java.util.Optional;

import io.kaiwu.masterdata.DataGrade;
import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.masterdata.ItemCatalog.ItemSummary;
import io.kaiwu.masterdata.PartnerCatalog;
import io.kaiwu.masterdata.PartnerCatalog.PartnerSummary;
import io.kaiwu.quality.identifier.ProductIdentifiers;
import io.kaiwu.quality.trace.RegisteringLots;
import io.kaiwu.quality.trace.TraceUnit;
import io.kaiwu.tenancy.TenantDirectory;

import org.springframework.stereotype.Component;

/**
 * Builds the public part of a lot's record: master data only where its data grade (数据分级)
 * is {@link DataGrade#GENERAL}, so an IMPORTANT or CORE item or supplier stays inside the
 * tenant.
 */
@Component
class PublicRecords {

	/** The day a lot was made is told in China's time. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final RegisteringLots units;

	private final ItemCatalog items;

	private final PartnerCatalog partners;

	private final TenantDirectory tenants;

	PublicRecords(RegisteringLots units, ItemCatalog items, PartnerCatalog partners, TenantDirectory tenants) {
		this.units = units;
		this.items = items;
		this.partners = partners;
		this.tenants = tenants;
	}

	Optional<PublicRecord> resolve(String identifier) {
		if (!ProductIdentifiers.wellFormed(identifier)) {
			return Optional.empty();
		}
		return this.units.byIdentifier(identifier).map(this::publicPart);
	}

	private PublicRecord publicPart(TraceUnit unit) {
		Optional<ItemSummary> item = this.items.item(unit.tenant(), unit.itemId())
			.filter((i) -> i.grade() == DataGrade.GENERAL);
		Optional<PartnerSummary> supplier = (unit.supplierId() != null)
				? this.partners.partner(unit.tenant(), unit.supplierId()).filter((p) -> p.grade() == DataGrade.GENERAL)
				: Optional.empty();
		String manufacturer = this.tenants.find(unit.tenant()).map(TenantDirectory.TenantSummary::name).orElse("");
		return new PublicRecord(unit.identifier(), unit.form().name(), unit.stage().name(), unit.number(),
				unit.madeAt().atZone(ZONE).toLocalDate(), manufacturer, item.map(ItemSummary::code).orElse(null),
				item.map(ItemSummary::name).orElse(null), supplier.map(PartnerSummary::name).orElse(null));
	}

}
