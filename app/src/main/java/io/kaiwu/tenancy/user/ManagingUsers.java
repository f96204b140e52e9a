package io.kaiwu.tenancy.user;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.UserPreferences;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant admin manages the users of his tenant; every user changes his own password. A
 * user created by somebody else gets a temporary password and must change it at first
 * sign-in.
 */
@Service
public class ManagingUsers implements UserPreferences {

	private final Users users;

	private final PasswordEncoder passwords;

	private final EnterpriseStructure structure;

	private final ApplicationEventPublisher events;

	ManagingUsers(Users users, PasswordEncoder passwords, EnterpriseStructure structure,
			ApplicationEventPublisher events) {
		this.users = users;
		this.passwords = passwords;
		this.structure = structure;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Page<User> list(KaiwuPrincipal principal, PageQuery page) {
		UUID tenant = principal.requireTenant().value();
		return Page.of(this.users.ofTenant(tenant, page), this.users.countOfTenant(tenant), page);
	}

	@Transactional(readOnly = true)
	public User get(KaiwuPrincipal principal, UUID id) {
		UUID tenant = principal.requireTenant().value();
		return this.users.find(id)
			.filter((u) -> tenant.equals(u.tenant()))
			.orElseThrow(() -> new KaiwuProblem.NotFound("user", id));
	}

	@Transactional(readOnly = true)
	public Optional<User> findByUsername(String username) {
		return this.users.findByUsername(username);
	}

	@Transactional
	public User create(TenantId tenant, String username, String displayName, String temporaryPassword, Set<Role> roles,
			Set<UUID> sites, boolean mustChange) {
		if (roles.contains(Role.PLATFORM_ADMIN)) {
			throw new KaiwuProblem.InvalidInput("roles", "problem.user.platform-role");
		}
		if (this.users.usernameTaken(username)) {
			throw new KaiwuProblem.Conflict("problem.user.username-taken", username);
		}
		PasswordPolicy.check("temporaryPassword", username, temporaryPassword);
		checkSites(tenant, sites);
		User user = new User(UUID.randomUUID(), tenant.value(), username, displayName,
				this.passwords.encode(temporaryPassword), roles, mustChange, null, true, sites,
				Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
		this.users.insert(user);
		this.events.publishEvent(ChangeRecorded.created(tenant, "user", user.id(), user.auditView()));
		return user;
	}

	@Transactional
	public User createPlatformAdmin(String username, String password, boolean mustChange) {
		if (!mustChange) {
			PasswordPolicy.check("password", username, password);
		}
		User user = new User(UUID.randomUUID(), null, username, username, this.passwords.encode(password),
				Set.of(Role.PLATFORM_ADMIN), mustChange, null, true, Set.of(),
				Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
		this.users.insert(user);
		this.events.publishEvent(ChangeRecorded.created(null, "user", user.id(), user.auditView()));
		return user;
	}

	@Transactional
	public User update(KaiwuPrincipal principal, UUID id, String displayName, Set<Role> roles, Set<UUID> sites,
			boolean enabled) {
		User before = get(principal, id);
		if (roles.contains(Role.PLATFORM_ADMIN)) {
			throw new KaiwuProblem.InvalidInput("roles", "problem.user.platform-role");
		}
		if (before.id().equals(principal.userId()) && !enabled) {
			throw new KaiwuProblem.Conflict("problem.user.disable-self");
		}
		checkSites(principal.requireTenant(), sites);
		User after = new User(before.id(), before.tenant(), before.username(), displayName, before.passwordHash(),
				roles, before.mustChangePassword(), before.locale(), enabled, sites, before.createdAt());
		this.users.update(after);
		this.events.publishEvent(
				ChangeRecorded.updated(principal.requireTenant(), "user", id, before.auditView(), after.auditView()));
		return after;
	}

	/**
	 * A tenant admin gives a user a temporary password, which the user must change at the
	 * next sign-in; the user's API tokens stay as they are.
	 */
	@Transactional
	public void resetPassword(KaiwuPrincipal principal, UUID id, String temporaryPassword) {
		User user = get(principal, id);
		PasswordPolicy.check("temporaryPassword", user.username(), temporaryPassword);
		this.users.update(user.withPassword(this.passwords.encode(temporaryPassword), true));
		this.events.publishEvent(new PasswordChanged(user.id()));
		this.events.publishEvent(
				ChangeRecorded.updated(principal.requireTenant(), "user", id, java.util.Map.of("password", "unchanged"),
						java.util.Map.of("password", "reset by " + principal.username())));
	}

	/**
	 * Sets a new password after checking the current one; clears the must-change flag.
	 */
	@Transactional
	public void changePassword(UUID userId, String currentPassword, String newPassword) {
		User user = this.users.find(userId).orElseThrow(() -> new KaiwuProblem.NotFound("user", userId));
		if (!this.passwords.matches(currentPassword, user.passwordHash())) {
			throw new KaiwuProblem.InvalidInput("currentPassword", "problem.password.current-wrong");
		}
		if (currentPassword.equals(newPassword)) {
			throw new KaiwuProblem.InvalidInput("newPassword", "problem.password.same");
		}
		PasswordPolicy.check("newPassword", user.username(), newPassword);
		this.users.update(user.withPassword(this.passwords.encode(newPassword), false));
		this.events.publishEvent(new PasswordChanged(user.id()));
		this.events.publishEvent(new ChangeRecorded((user.tenant() != null) ? TenantId.of(user.tenant()) : null,
				user.username(), "user", user.id().toString(), ChangeRecorded.Action.UPDATED, null,
				java.util.Map.of("password", "changed"), Instant.now()));
	}

	@Override
	@Transactional
	public void rememberLocale(UUID user, String locale) {
		this.users.rememberLocale(user, locale);
	}

	@Transactional(readOnly = true)
	public boolean anyPlatformAdmin() {
		return this.users.anyPlatformAdmin();
	}

	@Transactional(readOnly = true)
	public Optional<User> find(UUID id) {
		return this.users.find(id);
	}

	public long usersLimitedToSite(UUID site) {
		return this.users.usersLimitedToSite(site);
	}

	private void checkSites(TenantId tenant, @Nullable Set<UUID> sites) {
		if (sites == null) {
			return;
		}
		for (UUID site : sites) {
			boolean isSite = this.structure.findNode(tenant, site)
				.filter((n) -> n.level() == NodeLevel.SITE)
				.isPresent();
			if (!isSite) {
				throw new KaiwuProblem.InvalidInput("sites", "problem.user.unknown-site", site);
			}
		}
	}

}
