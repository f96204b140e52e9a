package io.kaiwu.quality.identifier;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The quality_identifier_prefix table: one registered prefix per tenant. */
@Repository
class IdentifierPrefixes {

	private final JdbcClient jdbc;

	IdentifierPrefixes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> of(TenantId tenant) {
		return this.jdbc.sql("SELECT prefix FROM quality_identifier_prefix WHERE tenant_id = ?")
			.param(tenant.value())
			.query(String.class)
			.optional();
	}

	boolean takenByAnother(TenantId tenant, String prefix) {
		return this.jdbc.sql("SELECT COUNT(*) FROM quality_identifier_prefix WHERE prefix = ? AND tenant_id <> ?")
			.params(prefix, tenant.value())
			.query(Long.class)
			.single() > 0;
	}

	void put(TenantId tenant, String prefix, String actor, Instant at) {
		int updated = this.jdbc
			.sql("UPDATE quality_identifier_prefix SET prefix = ?, updated_by = ?, updated_at = ? WHERE tenant_id = ?")
			.params(prefix, actor, Timestamp.from(at), tenant.value())
			.update();
		if (updated == 0) {
			this.jdbc.sql(
					"INSERT INTO quality_identifier_prefix (tenant_id, prefix, updated_by, updated_at) VALUES (?, ?, ?, ?)")
				.params(tenant.value(), prefix, actor, Timestamp.from(at))
				.update();
		}
	}

}
