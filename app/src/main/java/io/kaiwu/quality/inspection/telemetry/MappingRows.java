package io.kaiwu.quality.inspection.telemetry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The quality_telemetry_mapping table and the values waiting in
 * quality_telemetry_pending; tenant first, but for the grouping's reading of every active
 * mapping.
 */
@Repository
class MappingRows {

	private final JdbcClient jdbc;

	MappingRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<TelemetryMapping> find(TenantId tenant, UUID id, boolean lock) {
		return this.jdbc
			.sql("SELECT * FROM quality_telemetry_mapping WHERE tenant_id = ? AND id = ?" + (lock ? " FOR UPDATE" : ""))
			.params(tenant.value(), id)
			.query((rs, row) -> mapping(rs))
			.optional();
	}

	List<TelemetryMapping> all(TenantId tenant) {
		return this.jdbc.sql("SELECT * FROM quality_telemetry_mapping WHERE tenant_id = ? ORDER BY created_at, id")
			.param(tenant.value())
			.query((rs, row) -> mapping(rs))
			.list();
	}

	/** Every tenant's active mappings, for the grouping. */
	List<TelemetryMapping> active() {
		return this.jdbc.sql("SELECT * FROM quality_telemetry_mapping WHERE active ORDER BY id")
			.query((rs, row) -> mapping(rs))
			.list();
	}

	boolean exists(TenantId tenant, UUID deviceId, String property, UUID characteristicId) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM quality_telemetry_mapping WHERE tenant_id = ? AND device_id = ? AND property = ?
				AND characteristic_id = ?""")
			.params(tenant.value(), deviceId, property, characteristicId)
			.query(Long.class)
			.single() > 0;
	}

	void insert(TelemetryMapping m) {
		this.jdbc.sql("""
				INSERT INTO quality_telemetry_mapping (id, tenant_id, device_id, property, characteristic_id, active,
				    taken_to, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(m.id(), m.tenant().value(), m.deviceId(), m.property(), m.characteristicId(), m.active(),
					Timestamp.from(m.takenTo()), Timestamp.from(m.createdAt()), Timestamp.from(m.updatedAt()))
			.update();
	}

	void update(TelemetryMapping m) {
		this.jdbc.sql(
				"UPDATE quality_telemetry_mapping SET active = ?, taken_to = ?, updated_at = ? WHERE tenant_id = ? AND id = ?")
			.params(m.active(), Timestamp.from(m.takenTo()), Timestamp.from(m.updatedAt()), m.tenant().value(), m.id())
			.update();
	}

	void delete(TenantId tenant, UUID id) {
		this.jdbc.sql("DELETE FROM quality_telemetry_pending WHERE mapping_id = ?").param(id).update();
		this.jdbc.sql("DELETE FROM quality_telemetry_mapping WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.update();
	}

	void takenTo(UUID mappingId, Instant takenTo) {
		this.jdbc.sql("UPDATE quality_telemetry_mapping SET taken_to = ? WHERE id = ?")
			.params(Timestamp.from(takenTo), mappingId)
			.update();
	}

	List<TimedValue> waiting(UUID mappingId) {
		return this.jdbc.sql(
				"SELECT measured_at, measured FROM quality_telemetry_pending WHERE mapping_id = ? ORDER BY measured_at")
			.param(mappingId)
			.query((rs, row) -> new TimedValue(rs.getTimestamp("measured_at").toInstant(), rs.getDouble("measured")))
			.list();
	}

	/** Replaces the values waiting for a mapping. */
	void waiting(UUID mappingId, List<TimedValue> values) {
		this.jdbc.sql("DELETE FROM quality_telemetry_pending WHERE mapping_id = ?").param(mappingId).update();
		for (TimedValue v : values) {
			this.jdbc.sql("INSERT INTO quality_telemetry_pending (mapping_id, measured_at, measured) VALUES (?, ?, ?)")
				.params(mappingId, Timestamp.from(v.at()), v.value())
				.update();
		}
	}

	private static TelemetryMapping mapping(ResultSet rs) throws SQLException {
		return new TelemetryMapping(rs.getObject("id", UUID.class), TenantId.of(rs.getObject("tenant_id", UUID.class)),
				rs.getObject("device_id", UUID.class), rs.getString("property"),
				rs.getObject("characteristic_id", UUID.class), rs.getBoolean("active"),
				rs.getTimestamp("taken_to").toInstant(), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

}
