package io.kaiwu.energy.output;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The energy_output table. */
@Repository
class OutputRecords {

	private static final RowMapper<PartsRecord> PARTS = (rs, n) -> new PartsRecord(
			rs.getTimestamp("period_start").toInstant(), rs.getTimestamp("period_end").toInstant(),
			rs.getLong("good_count"), rs.getLong("reject_count"), "REPORTED".equals(rs.getString("source")));

	private final JdbcClient jdbc;

	OutputRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps a count by its id; false when it was kept already. */
	boolean insert(TenantId tenant, UUID id, UUID equipmentId, PartsRecord parts) {
		return this.jdbc.sql("""
				INSERT INTO energy_output (count_id, tenant_id, equipment_id, period_start, period_end, good_count,
				    reject_count, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(id, tenant.value(), equipmentId, Timestamp.from(parts.from()), Timestamp.from(parts.to()),
					parts.good(), parts.reject(), parts.reported() ? "REPORTED" : "COUNTER")
			.update() == 1;
	}

	/**
	 * A machine's counts starting in [from, to) and its reported periods overlapping it,
	 * oldest first.
	 */
	List<PartsRecord> around(TenantId tenant, UUID equipmentId, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT period_start, period_end, good_count, reject_count, source FROM energy_output
				WHERE tenant_id = ? AND equipment_id = ?
				  AND ((period_start >= ? AND period_start < ?)
				    OR (source = 'REPORTED' AND period_start < ? AND period_end > ?))
				ORDER BY period_start""")
			.params(tenant.value(), equipmentId, Timestamp.from(from), Timestamp.from(to), Timestamp.from(to),
					Timestamp.from(from))
			.query(PARTS)
			.list();
	}

}
