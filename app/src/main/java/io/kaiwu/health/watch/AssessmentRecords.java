package io.kaiwu.health.watch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.health.kernel.Assessment;
import io.kaiwu.health.kernel.Phase;
import io.kaiwu.health.kernel.Prognosis;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The health_assessment and health_warning tables. */
@Repository
public class AssessmentRecords {

	/** A machine's newest assessment as stored. */
	public record Stored(UUID equipmentId, Assessment assessment) {
	}

	/** A warning as stored. */
	public record Warning(UUID id, UUID equipmentId, Instant warnedAt, Prognosis prognosis, double healthIndex,
			double vibrationExcess) {
	}

	private static final RowMapper<Stored> ASSESSMENT = (rs, row) -> {
		Instant at = rs.getTimestamp("assessed_at").toInstant();
		Instant failure = instant(rs, "failure_at");
		Prognosis prognosis = (failure == null) ? null
				: new Prognosis(at, failure, instant(rs, "earliest_failure_at"), instant(rs, "latest_failure_at"));
		double temperature = rs.getDouble("temperature_excess");
		if (rs.wasNull()) {
			temperature = Double.NaN;
		}
		return new Stored(rs.getObject("equipment_id", UUID.class),
				new Assessment(at, Phase.valueOf(rs.getString("phase")), rs.getDouble("health_index"),
						rs.getDouble("vibration_excess"), temperature, prognosis, instant(rs, "warned_at")));
	};

	private static final RowMapper<Warning> WARNING = (rs, row) -> {
		Instant at = rs.getTimestamp("warned_at").toInstant();
		return new Warning(rs.getObject("id", UUID.class), rs.getObject("equipment_id", UUID.class), at,
				new Prognosis(at, instant(rs, "failure_at"), instant(rs, "earliest_failure_at"),
						instant(rs, "latest_failure_at")),
				rs.getDouble("health_index"), rs.getDouble("vibration_excess"));
	};

	private final JdbcClient jdbc;

	AssessmentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Stored> ofTenant(TenantId tenant) {
		return this.jdbc.sql("SELECT * FROM health_assessment WHERE tenant_id = ?")
			.param(tenant.value())
			.query(ASSESSMENT)
			.list();
	}

	public Optional<Stored> find(TenantId tenant, UUID equipmentId) {
		return this.jdbc.sql("SELECT * FROM health_assessment WHERE tenant_id = ? AND equipment_id = ?")
			.params(tenant.value(), equipmentId)
			.query(ASSESSMENT)
			.optional();
	}

	/** A machine's warnings, newest first. */
	public List<Warning> warnings(TenantId tenant, UUID equipmentId, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM health_warning WHERE tenant_id = ? AND equipment_id = ?
				ORDER BY warned_at DESC, id LIMIT ?""")
			.params(tenant.value(), equipmentId, limit)
			.query(WARNING)
			.list();
	}

	void save(TenantId tenant, UUID equipmentId, Assessment a) {
		Prognosis p = a.prognosis();
		Object temperature = Double.isNaN(a.temperatureExcess()) ? null : a.temperatureExcess();
		int updated = this.jdbc.sql("""
				UPDATE health_assessment SET assessed_at = ?, phase = ?, health_index = ?, vibration_excess = ?,
				    temperature_excess = ?, failure_at = ?, earliest_failure_at = ?, latest_failure_at = ?,
				    warned_at = ?
				WHERE tenant_id = ? AND equipment_id = ?""")
			.params(Timestamp.from(a.at()), a.phase().name(), a.healthIndex(), a.vibrationExcess(), temperature,
					timestamp((p != null) ? p.failureAt() : null), timestamp((p != null) ? p.earliest() : null),
					timestamp((p != null) ? p.latest() : null), timestamp(a.warnedAt()), tenant.value(), equipmentId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO health_assessment (equipment_id, tenant_id, assessed_at, phase, health_index,
					    vibration_excess, temperature_excess, failure_at, earliest_failure_at, latest_failure_at,
					    warned_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(equipmentId, tenant.value(), Timestamp.from(a.at()), a.phase().name(), a.healthIndex(),
						a.vibrationExcess(), temperature, timestamp((p != null) ? p.failureAt() : null),
						timestamp((p != null) ? p.earliest() : null), timestamp((p != null) ? p.latest() : null),
						timestamp(a.warnedAt()))
				.update();
		}
	}

	void warn(UUID id, TenantId tenant, UUID equipmentId, Assessment a, Prognosis p) {
		this.jdbc.sql("""
				INSERT INTO health_warning (id, tenant_id, equipment_id, warned_at, failure_at, earliest_failure_at,
				    latest_failure_at, health_index, vibration_excess)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, tenant.value(), equipmentId, Timestamp.from(a.at()), Timestamp.from(p.failureAt()),
					Timestamp.from(p.earliest()), Timestamp.from(p.latest()), a.healthIndex(), a.vibrationExcess())
			.update();
	}

	/** Removes what was kept of a machine that is no longer watched. */
	void forget(TenantId tenant, UUID equipmentId) {
		this.jdbc.sql("DELETE FROM health_assessment WHERE tenant_id = ? AND equipment_id = ?")
			.params(tenant.value(), equipmentId)
			.update();
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return (t == null) ? null : t.toInstant();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant at) {
		return (at == null) ? null : Timestamp.from(at);
	}

}
