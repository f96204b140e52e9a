package io.kaiwu.tenancy.user;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users table and the sites a user is limited to. */
@Repository
public class Users {

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<User> findByUsername(String username) {
		return this.jdbc.sql("SELECT * FROM app_user WHERE username = ?")
			.param(username)
			.query(this::row)
			.optional()
			.map(this::withSites);
	}

	public Optional<User> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM app_user WHERE id = ?")
			.param(id)
			.query(this::row)
			.optional()
			.map(this::withSites);
	}

	public List<User> ofTenant(UUID tenant, PageQuery page) {
		return this.jdbc.sql("SELECT * FROM app_user WHERE tenant_id = ? ORDER BY username LIMIT ? OFFSET ?")
			.params(tenant, page.size(), page.offset())
			.query(this::row)
			.list()
			.stream()
			.map(this::withSites)
			.toList();
	}

	public long countOfTenant(UUID tenant) {
		return this.jdbc.sql("SELECT COUNT(*) FROM app_user WHERE tenant_id = ?")
			.param(tenant)
			.query(Long.class)
			.single();
	}

	public boolean usernameTaken(String username) {
		return this.jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	public boolean anyPlatformAdmin() {
		return this.jdbc.sql("SELECT COUNT(*) FROM app_user WHERE tenant_id IS NULL").query(Long.class).single() > 0;
	}

	public long usersLimitedToSite(UUID site) {
		return this.jdbc.sql("SELECT COUNT(*) FROM user_site WHERE site_id = ?").param(site).query(Long.class).single();
	}

	public void insert(User user) {
		this.jdbc.sql("""
				INSERT INTO app_user (id, tenant_id, username, display_name, password_hash, roles,
				  must_change_password, locale, enabled, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(user.id(), user.tenant(), user.username(), user.displayName(), user.passwordHash(),
					roles(user.roles()), user.mustChangePassword(), user.locale(), user.enabled(),
					java.sql.Timestamp.from(user.createdAt()))
			.update();
		writeSites(user);
	}

	public void update(User user) {
		this.jdbc.sql("""
				UPDATE app_user SET display_name = ?, password_hash = ?, roles = ?, must_change_password = ?,
				  locale = ?, enabled = ? WHERE id = ?""")
			.params(user.displayName(), user.passwordHash(), roles(user.roles()), user.mustChangePassword(),
					user.locale(), user.enabled(), user.id())
			.update();
		this.jdbc.sql("DELETE FROM user_site WHERE user_id = ?").param(user.id()).update();
		writeSites(user);
	}

	public void rememberLocale(UUID user, String locale) {
		this.jdbc.sql("UPDATE app_user SET locale = ? WHERE id = ?").params(locale, user).update();
	}

	private void writeSites(User user) {
		for (UUID site : user.sites()) {
			this.jdbc.sql("INSERT INTO user_site (user_id, site_id) VALUES (?, ?)").params(user.id(), site).update();
		}
	}

	private User row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Set<Role> roles = Arrays.stream(rs.getString("roles").split(","))
			.filter((r) -> !r.isBlank())
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
		return new User(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), rs.getString("username"),
				rs.getString("display_name"), rs.getString("password_hash"), roles,
				rs.getBoolean("must_change_password"), rs.getString("locale"), rs.getBoolean("enabled"), Set.of(),
				rs.getTimestamp("created_at").toInstant());
	}

	private User withSites(User user) {
		Set<UUID> sites = new HashSet<>(this.jdbc.sql("SELECT site_id FROM user_site WHERE user_id = ?")
			.param(user.id())
			.query(UUID.class)
			.list());
		return new User(user.id(), user.tenant(), user.username(), user.displayName(), user.passwordHash(),
				user.roles(), user.mustChangePassword(), user.locale(), user.enabled(), sites, user.createdAt());
	}

	private static String roles(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

}
