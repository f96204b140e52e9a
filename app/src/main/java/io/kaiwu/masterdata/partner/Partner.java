package io.kaiwu.masterdata.partner;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.masterdata.DataGrade;
import org.jspecify.annotations.Nullable;

/**
 * A business partner of one tenant: a supplier with its tier, a customer, or both.
 *
 * @param id the partner's id.
 * @param tenant the tenant it belongs to.
 * @param code unique in the tenant.
 * @param name display name.
 * @param supplier whether it supplies the tenant.
 * @param supplierTier 1 for a direct supplier, 2 for its suppliers…; {@literal null} for
 * a customer only.
 * @param customer whether it buys from the tenant.
 * @param contactPerson may be empty.
 * @param phone may be empty.
 * @param email may be empty.
 * @param region country or region; may be empty.
 * @param grade the data grade.
 * @param createdAt when it was created.
 * @param updatedAt when it last changed.
 */
public record Partner(UUID id, UUID tenant, String code, String name, boolean supplier, @Nullable Integer supplierTier,
		boolean customer, String contactPerson, String phone, String email, String region, DataGrade grade,
		Instant createdAt, Instant updatedAt) {

	/** What the audit log keeps: no contact details. */
	public record Snapshot(String code, String name, boolean supplier, @Nullable Integer supplierTier, boolean customer,
			String region, DataGrade grade) {
	}

	public Snapshot snapshot() {
		return new Snapshot(this.code, this.name, this.supplier, this.supplierTier, this.customer, this.region,
				this.grade);
	}

	static Partner of(UUID id, UUID tenant, PartnerDraft d, Instant createdAt, Instant updatedAt) {
		return new Partner(id, tenant, d.code(), d.name(), d.supplier(), d.supplier() ? d.supplierTier() : null,
				d.customer(), d.contactPerson(), d.phone(), d.email(), d.region(), d.grade(), createdAt, updatedAt);
	}

}
