package io.kaiwu.alarm.notification;

import java.sql.Timestamp;
import java.time.Instant;

import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many of a tenant's alarms wait for an operator: open and unacknowledged (active or
 * already cleared), not shelved at the moment.
 */
@Repository
public class UnacknowledgedAlarms {

	private final JdbcClient jdbc;

	UnacknowledgedAlarms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long count(TenantId tenant) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM alarm WHERE tenant_id = ?"
					+ " AND state IN ('ACTIVE_UNACKNOWLEDGED', 'CLEARED_UNACKNOWLEDGED')"
					+ " AND (shelved_until IS NULL OR shelved_until <= ?)")
			.params(tenant.value(), Timestamp.from(Instant.now()))
			.query(Long.class)
			.single();
	}

}
