package io.kaiwu.tenancy;

import java.util.List;
import java.util.Optional;

import io.kaiwu.shared.TenantId;

/** What other modules may ask about tenants and users. */
public interface TenantDirectory {

	/**
	 * A tenant by id.
	 * @param tenant must not be {@literal null}.
	 */
	Optional<TenantSummary> find(TenantId tenant);

	/** Whether any tenant exists yet (the demo seeds only an empty platform). */
	boolean anyTenant();

	/** The ids of all tenants, for platform-wide jobs such as retention. */
	List<TenantId> tenantIds();

	/**
	 * A tenant summary.
	 *
	 * @param id the tenant.
	 * @param name the enterprise's name.
	 * @param type the enterprise type.
	 * @param industry the industry, free text.
	 * @param demo whether this is the seeded demo tenant.
	 */
	record TenantSummary(TenantId id, String name, EnterpriseType type, String industry, boolean demo) {
	}

}
