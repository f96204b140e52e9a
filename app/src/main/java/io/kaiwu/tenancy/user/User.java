package io.kaiwu.tenancy.user;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A user account. Platform admins belong to no tenant; everybody else to exactly one.
 *
 * @param id the user's id.
 * @param tenant the tenant; {@literal null} for a platform admin.
 * @param username unique on the platform.
 * @param displayName the name shown in the UI.
 * @param passwordHash the encoded password (Argon2id).
 * @param roles the roles as assigned.
 * @param mustChangePassword whether the next sign-in must first set a new password.
 * @param locale the remembered UI language, or {@literal null}.
 * @param enabled whether the user may sign in.
 * @param sites the sites the user is limited to; empty means all.
 * @param createdAt when the account was created.
 */
public record User(UUID id, @Nullable UUID tenant, String username, String displayName, String passwordHash,
		Set<Role> roles, boolean mustChangePassword, @Nullable String locale, boolean enabled, Set<UUID> sites,
		Instant createdAt) {

	public User {
		roles = Set.copyOf(roles);
		sites = Set.copyOf(sites);
	}

	/**
	 * The roles this user effectively has: each role implies the ones below it (tenant
	 * admin → engineer → operator → viewer).
	 */
	public Set<Role> effectiveRoles() {
		EnumSet<Role> effective = EnumSet.noneOf(Role.class);
		for (Role role : this.roles) {
			switch (role) {
				case PLATFORM_ADMIN -> effective.add(Role.PLATFORM_ADMIN);
				case TENANT_ADMIN -> effective.addAll(EnumSet.range(Role.TENANT_ADMIN, Role.VIEWER));
				case ENGINEER -> effective.addAll(EnumSet.range(Role.ENGINEER, Role.VIEWER));
				case OPERATOR -> effective.addAll(EnumSet.range(Role.OPERATOR, Role.VIEWER));
				case VIEWER -> effective.add(Role.VIEWER);
			}
		}
		return effective;
	}

	/**
	 * The principal for a sign-in. A platform admin who acts inside a tenant has a tenant
	 * admin's rights there.
	 */
	public KaiwuPrincipal principal(@Nullable UUID actingTenant) {
		Set<Role> effective = effectiveRoles();
		if (effective.contains(Role.PLATFORM_ADMIN)) {
			if (actingTenant != null) {
				effective = EnumSet.copyOf(effective);
				effective.addAll(EnumSet.range(Role.TENANT_ADMIN, Role.VIEWER));
			}
			return new KaiwuPrincipal(this.id, this.username, (actingTenant != null) ? TenantId.of(actingTenant) : null,
					effective, Set.of());
		}
		return new KaiwuPrincipal(this.id, this.username, (this.tenant != null) ? TenantId.of(this.tenant) : null,
				effective, this.sites);
	}

	public boolean isPlatformAdmin() {
		return this.roles.contains(Role.PLATFORM_ADMIN);
	}

	public User withPassword(String hash, boolean mustChange) {
		return new User(this.id, this.tenant, this.username, this.displayName, hash, this.roles, mustChange,
				this.locale, this.enabled, this.sites, this.createdAt);
	}

	/** What the audit log keeps of a user: never the password hash. */
	public AuditView auditView() {
		return new AuditView(this.username, this.displayName, this.roles, this.enabled, this.sites);
	}

	public record AuditView(String username, String displayName, Set<Role> roles, boolean enabled, Set<UUID> sites) {
	}

}
