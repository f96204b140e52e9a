package io.kaiwu.equipment.timeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code machine_parts_count}. */
@Repository
public class PartsCounts {

	private final JdbcClient jdbc;

	PartsCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The counts of a machine whose period starts in {@code [from, to)}, oldest first.
	 */
	public List<PartsCount> startingIn(TenantId tenant, UUID equipmentId, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT * FROM machine_parts_count WHERE tenant_id = ? AND equipment_id = ?
				  AND period_start >= ? AND period_start < ? ORDER BY period_start""")
			.params(tenant.value(), equipmentId, Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> new PartsCount(rs.getObject("equipment_id", UUID.class),
					rs.getTimestamp("period_start").toInstant(), rs.getTimestamp("period_end").toInstant(),
					rs.getLong("good_count"), rs.getLong("reject_count"), "REPORTED".equals(rs.getString("source"))))
			.list();
	}

	/** Reported periods of a machine that overlap {@code [from, to)}. */
	public List<PartsCount> reportedOverlapping(TenantId tenant, UUID equipmentId, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT * FROM machine_parts_count WHERE tenant_id = ? AND equipment_id = ? AND source = 'REPORTED'
				  AND period_start < ? AND period_end > ? ORDER BY period_start""")
			.params(tenant.value(), equipmentId, Timestamp.from(to), Timestamp.from(from))
			.query((rs, n) -> new PartsCount(rs.getObject("equipment_id", UUID.class),
					rs.getTimestamp("period_start").toInstant(), rs.getTimestamp("period_end").toInstant(),
					rs.getLong("good_count"), rs.getLong("reject_count"), true))
			.list();
	}

	void insert(TenantId tenant, UUID id, PartsCount count) {
		this.jdbc.sql("""
				INSERT INTO machine_parts_count (id, tenant_id, equipment_id, period_start, period_end, good_count,
				    reject_count, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, tenant.value(), count.equipmentId(), Timestamp.from(count.from()), Timestamp.from(count.to()),
					count.good(), count.reject(), count.reported() ? "REPORTED" : "COUNTER")
			.update();
	}

}
