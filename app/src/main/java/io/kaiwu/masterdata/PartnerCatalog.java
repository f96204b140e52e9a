package io.kaiwu.masterdata;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.kaiwu.shared.TenantId;

/**
 * What other modules (quality's supplier score and traceability) read about a tenant's
 * business partners (业务伙伴): suppliers and customers. An id or code of another tenant is
 * answered as unknown. Contact details are not part of it.
 */
public interface PartnerCatalog {

	/**
	 * One partner by id.
	 * @param tenant whose partner.
	 * @param partnerId the partner.
	 * @return empty when the tenant has no such partner.
	 */
	Optional<PartnerSummary> partner(TenantId tenant, UUID partnerId);

	/**
	 * One partner by its code.
	 * @param tenant whose partner.
	 * @param code the partner's code, unique in the tenant.
	 * @return empty when the tenant has no partner with this code.
	 */
	Optional<PartnerSummary> byCode(TenantId tenant, String code);

	/**
	 * A partner as other modules see it.
	 *
	 * @param id the partner
	 * @param code its code
	 * @param name its name
	 * @param supplier whether it supplies the tenant
	 * @param supplierTier 1 for a direct supplier, 2 for its suppliers…; null when not a
	 * supplier
	 * @param customer whether it buys from the tenant
	 * @param grade its data grade (数据分级)
	 */
	record PartnerSummary(UUID id, String code, String name, boolean supplier, @Nullable Integer supplierTier,
			boolean customer, DataGrade grade) {
	}

}
