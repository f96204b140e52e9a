package io.kaiwu.audit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log keeps 180 days by default and deletes what is older. */
@KaiwuIntegrationTest
class AuditRetentionIntegrationTests {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void purgeDeletesOnlyEntriesOlderThanTheRetention() {
		UUID old = insert(Instant.now().minus(Duration.ofDays(181)));
		UUID recent = insert(Instant.now().minus(Duration.ofDays(179)));
		assertThat(this.audit.purge()).isGreaterThanOrEqualTo(1);
		assertThat(exists(old)).isFalse();
		assertThat(exists(recent)).isTrue();
	}

	private UUID insert(Instant at) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO audit_entry (id, tenant_id, at, actor, entity_type, entity_id, action)
				VALUES (?, NULL, ?, 'retention-test', 'probe', 'x', 'UPDATED')""")
			.params(id, Timestamp.from(at))
			.update();
		return id;
	}

	private boolean exists(UUID id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

}
