package io.kaiwu.tenancy.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The api_token table. */
@Repository
class ApiTokens {

	private static final RowMapper<ApiToken> TOKEN = (rs, row) -> new ApiToken(rs.getObject("id", UUID.class),
			rs.getObject("user_id", UUID.class), rs.getObject("acting_tenant_id", UUID.class), rs.getString("name"),
			rs.getString("kind"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
			instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("last_used_at")));

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ApiToken> findByHash(String hash) {
		return this.jdbc.sql("SELECT * FROM api_token WHERE token_hash = ?").param(hash).query(TOKEN).optional();
	}

	Optional<ApiToken> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM api_token WHERE id = ?").param(id).query(TOKEN).optional();
	}

	List<ApiToken> namedOf(UUID user) {
		return this.jdbc.sql("SELECT * FROM api_token WHERE user_id = ? AND kind = 'NAMED' ORDER BY created_at DESC")
			.param(user)
			.query(TOKEN)
			.list();
	}

	void insert(ApiToken token, String hash) {
		this.jdbc.sql("""
				INSERT INTO api_token (id, user_id, acting_tenant_id, name, kind, token_hash, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(token.id(), token.userId(), token.actingTenant(), token.name(), token.kind(), hash,
					Timestamp.from(token.createdAt()), Timestamp.from(token.expiresAt()))
			.update();
	}

	void revoke(UUID id, Instant at) {
		this.jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
			.params(Timestamp.from(at), id)
			.update();
	}

	int revokeSignInsOf(UUID user, Instant at) {
		return this.jdbc
			.sql("UPDATE api_token SET revoked_at = ? WHERE user_id = ? AND kind = 'LOGIN' AND revoked_at IS NULL")
			.params(Timestamp.from(at), user)
			.update();
	}

	void actIn(UUID id, @Nullable UUID tenant) {
		this.jdbc.sql("UPDATE api_token SET acting_tenant_id = ? WHERE id = ?").params(tenant, id).update();
	}

	void used(UUID id, Instant at) {
		this.jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?").params(Timestamp.from(at), id).update();
	}

	int deleteExpiredBefore(Instant cutoff) {
		return this.jdbc.sql("DELETE FROM api_token WHERE expires_at < ?").param(Timestamp.from(cutoff)).update();
	}

	private static @Nullable Instant instant(@Nullable Timestamp ts) {
		return (ts == null) ? null : ts.toInstant();
	}

}
