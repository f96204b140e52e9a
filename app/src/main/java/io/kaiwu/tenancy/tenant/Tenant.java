package io.kaiwu.tenancy.tenant;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseType;
import io.kaiwu.tenancy.TenantDirectory.TenantSummary;

/**
 * A tenant: one enterprise on the platform.
 *
 * @param id the tenant's id.
 * @param name the enterprise's name, unique on the platform.
 * @param enterpriseType 行业龙头 / 大型 / 中小型 / 小微.
 * @param industry the industry, free text (for example 通用设备制造业).
 * @param demo whether it is the seeded demo tenant.
 * @param createdAt when it was created.
 */
public record Tenant(UUID id, String name, EnterpriseType enterpriseType, String industry, boolean demo,
		Instant createdAt) {

	public TenantId tenantId() {
		return TenantId.of(this.id);
	}

	public TenantSummary summary() {
		return new TenantSummary(tenantId(), this.name, this.enterpriseType, this.industry, this.demo);
	}

	public Tenant with(String name, EnterpriseType type, String industry) {
		return new Tenant(this.id, name, type, industry, this.demo, this.createdAt);
	}

}
