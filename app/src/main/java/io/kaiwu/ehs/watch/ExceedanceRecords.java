package io.kaiwu.ehs.watch;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.ehs.warning.Exceedance;
import io.kaiwu.ehs.warning.WarningGrade;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The ehs_exceedance table: exceedance records, newest first. */
@Repository
public class ExceedanceRecords {

	private final JdbcClient jdbc;

	ExceedanceRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The tenant's exceedances, newest first, of one point or of all.
	 * @param limit how many at most.
	 */
	@Transactional(readOnly = true)
	public List<StoredExceedance> ofTenant(TenantId tenant, @Nullable UUID pointId, int limit) {
		String where = (pointId != null) ? " AND point_id = ?" : "";
		var sql = this.jdbc
			.sql("SELECT * FROM ehs_exceedance WHERE tenant_id = ?" + where + " ORDER BY started_at DESC, id")
			.param(tenant.value());
		if (pointId != null) {
			sql = sql.param(pointId);
		}
		return sql.query((rs, row) -> exceedance(rs)).list().stream().limit(limit).toList();
	}

	/**
	 * The tenant's exceedances that were open at some time in [from, to), oldest first.
	 */
	@Transactional(readOnly = true)
	public List<StoredExceedance> overlapping(TenantId tenant, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT * FROM ehs_exceedance WHERE tenant_id = ? AND started_at < ?
				    AND (ended_at IS NULL OR ended_at > ?)
				ORDER BY started_at, id""")
			.params(tenant.value(), Timestamp.from(to), Timestamp.from(from))
			.query((rs, row) -> exceedance(rs))
			.list();
	}

	/** The tenant's open exceedances, oldest first. */
	@Transactional(readOnly = true)
	public List<StoredExceedance> openOf(TenantId tenant) {
		return this.jdbc
			.sql("SELECT * FROM ehs_exceedance WHERE tenant_id = ? AND ended_at IS NULL ORDER BY started_at")
			.param(tenant.value())
			.query((rs, row) -> exceedance(rs))
			.list();
	}

	void markEscalated(TenantId tenant, UUID alarmId, Instant at) {
		this.jdbc
			.sql("UPDATE ehs_exceedance SET escalated_at = ? WHERE tenant_id = ? AND alarm_id = ?"
					+ " AND escalated_at IS NULL")
			.params(Timestamp.from(at), tenant.value(), alarmId)
			.update();
	}

	/** The exceedances still open, of every tenant. */
	List<StoredExceedance> open() {
		return this.jdbc.sql("SELECT * FROM ehs_exceedance WHERE ended_at IS NULL")
			.query((rs, row) -> exceedance(rs))
			.list();
	}

	void insert(StoredExceedance e) {
		Exceedance x = e.exceedance();
		this.jdbc.sql("""
				INSERT INTO ehs_exceedance (id, tenant_id, point_id, started_at, ended_at, worst_grade, peak, peak_at,
				    alarm_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), e.tenant().value(), e.pointId(), Timestamp.from(x.startedAt()), timestamp(x.endedAt()),
					x.worst().name(), BigDecimal.valueOf(x.peak()), Timestamp.from(x.peakAt()), e.alarmId())
			.update();
	}

	void update(StoredExceedance e) {
		Exceedance x = e.exceedance();
		this.jdbc.sql(
				"UPDATE ehs_exceedance SET ended_at = ?, worst_grade = ?, peak = ?, peak_at = ?, alarm_id = ? WHERE id = ?")
			.params(timestamp(x.endedAt()), x.worst().name(), BigDecimal.valueOf(x.peak()), Timestamp.from(x.peakAt()),
					e.alarmId(), e.id())
			.update();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant at) {
		return (at != null) ? Timestamp.from(at) : null;
	}

	private static StoredExceedance exceedance(ResultSet rs) throws SQLException {
		Timestamp ended = rs.getTimestamp("ended_at");
		Exceedance x = new Exceedance(rs.getTimestamp("started_at").toInstant(),
				(ended != null) ? ended.toInstant() : null, WarningGrade.valueOf(rs.getString("worst_grade")),
				rs.getBigDecimal("peak").doubleValue(), rs.getTimestamp("peak_at").toInstant());
		Timestamp escalated = rs.getTimestamp("escalated_at");
		return new StoredExceedance(rs.getObject("id", UUID.class), TenantId.of(rs.getObject("tenant_id", UUID.class)),
				rs.getObject("point_id", UUID.class), x, rs.getObject("alarm_id", UUID.class),
				(escalated != null) ? escalated.toInstant() : null);
	}

}
