package io.kaiwu.shared;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in user as every module sees it.
 *
 * @param userId must not be {@literal null}.
 * @param username must not be {@literal null}.
 * @param tenant the tenant this user acts in now; {@literal null} for a platform admin
 * who has not switched into a tenant.
 * @param roles must not be {@literal null}.
 * @param sites the sites this user is limited to; empty means all sites of the tenant.
 */
public record KaiwuPrincipal(UUID userId, String username, @Nullable TenantId tenant, Set<Role> roles,
		Set<UUID> sites) {

	public KaiwuPrincipal {
		roles = Set.copyOf(roles);
		sites = Set.copyOf(sites);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean isPlatformAdmin() {
		return has(Role.PLATFORM_ADMIN);
	}

	/**
	 * The tenant to act in; a platform admin who has not switched into a tenant gets a
	 * problem that tells him to switch first.
	 */
	public TenantId requireTenant() {
		if (this.tenant == null) {
			throw new KaiwuProblem.Forbidden("problem.tenant-required");
		}
		return this.tenant;
	}

	/**
	 * Whether this user may see the given site (a user limited to sites sees only those).
	 */
	public boolean maySee(UUID site) {
		return this.sites.isEmpty() || this.sites.contains(site);
	}

	public KaiwuPrincipal actingIn(@Nullable TenantId tenant) {
		return new KaiwuPrincipal(this.userId, this.username, tenant, this.roles, this.sites);
	}

}
