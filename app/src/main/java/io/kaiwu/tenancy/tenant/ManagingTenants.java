package io.kaiwu.tenancy.tenant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseType;
import io.kaiwu.tenancy.TenantDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing tenants. A platform admin sees all tenants; everybody else sees
 * only the tenant they act in, and another tenant's id answers 404.
 */
@Service
public class ManagingTenants implements TenantDirectory {

	private final Tenants tenants;

	private final ApplicationEventPublisher events;

	ManagingTenants(Tenants tenants, ApplicationEventPublisher events) {
		this.tenants = tenants;
		this.events = events;
	}

	@Override
	public Optional<TenantSummary> find(TenantId tenant) {
		return this.tenants.find(tenant.value()).map(Tenant::summary);
	}

	@Override
	public boolean anyTenant() {
		return this.tenants.count() > 0;
	}

	@Override
	public List<TenantId> tenantIds() {
		return this.tenants.ids().stream().map(TenantId::of).toList();
	}

	@Transactional(readOnly = true)
	public Page<Tenant> list(KaiwuPrincipal principal, PageQuery page) {
		if (principal.isPlatformAdmin()) {
			return Page.of(this.tenants.page(page), this.tenants.count(), page);
		}
		Optional<Tenant> own = (principal.tenant() == null) ? Optional.empty()
				: this.tenants.find(principal.tenant().value());
		return Page.of(own.stream().toList(), own.isPresent() ? 1 : 0, page);
	}

	@Transactional(readOnly = true)
	public Tenant get(KaiwuPrincipal principal, UUID id) {
		boolean visible = principal.isPlatformAdmin()
				|| (principal.tenant() != null && principal.tenant().value().equals(id));
		return this.tenants.find(id).filter((t) -> visible).orElseThrow(() -> new KaiwuProblem.NotFound("tenant", id));
	}

	@Transactional
	public Tenant create(String name, EnterpriseType type, String industry, boolean demo) {
		UUID id = UUID.randomUUID();
		if (this.tenants.nameTaken(name, id)) {
			throw new KaiwuProblem.Conflict("problem.tenant.name-taken", name);
		}
		Tenant tenant = new Tenant(id, name, type, industry, demo,
				Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
		this.tenants.insert(tenant);
		this.events.publishEvent(ChangeRecorded.created(tenant.tenantId(), "tenant", id, tenant));
		return tenant;
	}

	@Transactional
	public Tenant update(KaiwuPrincipal principal, UUID id, String name, EnterpriseType type, String industry) {
		Tenant before = get(principal, id);
		if (this.tenants.nameTaken(name, id)) {
			throw new KaiwuProblem.Conflict("problem.tenant.name-taken", name);
		}
		Tenant after = before.with(name, type, industry);
		this.tenants.update(after);
		this.events.publishEvent(ChangeRecorded.updated(after.tenantId(), "tenant", id, before, after));
		return after;
	}

}
