package io.kaiwu.masterdata.partner;

import java.util.Optional;
import java.util.UUID;

import io.kaiwu.masterdata.PartnerCatalog;
import io.kaiwu.shared.TenantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers other modules' questions about partners from the partner table. */
@Service
class CatalogOfPartners implements PartnerCatalog {

	private final Partners partners;

	CatalogOfPartners(Partners partners) {
		this.partners = partners;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PartnerSummary> partner(TenantId tenant, UUID partnerId) {
		return this.partners.find(tenant.value(), partnerId).map(CatalogOfPartners::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PartnerSummary> byCode(TenantId tenant, String code) {
		return this.partners.findByCode(tenant.value(), code.strip()).map(CatalogOfPartners::summary);
	}

	private static PartnerSummary summary(Partner partner) {
		return new PartnerSummary(partner.id(), partner.code(), partner.name(), partner.supplier(),
				partner.supplierTier(), partner.customer(), partner.grade());
	}

}
