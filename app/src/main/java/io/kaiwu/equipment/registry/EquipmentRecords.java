package io.kaiwu.equipment.registry;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.equipment.Criticality;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The equipment table: one row per machine. */
@Repository
class EquipmentRecords {

	private static final RowMapper<Equipment> EQUIPMENT = (rs, row) -> {
		Date commissioned = rs.getDate("commissioned_on");
		long cycleMillis = rs.getLong("ideal_cycle_ms");
		Duration cycle = rs.wasNull() ? null : Duration.ofMillis(cycleMillis);
		return new Equipment(rs.getObject("id", UUID.class), TenantId.of(rs.getObject("tenant_id", UUID.class)),
				rs.getString("code"), rs.getString("name"), rs.getObject("device_id", UUID.class),
				rs.getObject("node_id", UUID.class), rs.getString("model"), rs.getString("vendor"),
				rs.getString("serial_number"), (commissioned != null) ? commissioned.toLocalDate() : null,
				Criticality.valueOf(rs.getString("criticality")), cycle, rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	};

	private final JdbcClient jdbc;

	EquipmentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Equipment> find(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM equipment WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(EQUIPMENT)
			.optional();
	}

	List<Equipment> page(TenantId tenant, PageQuery page) {
		return this.jdbc.sql("SELECT * FROM equipment WHERE tenant_id = ? ORDER BY code, id LIMIT ? OFFSET ?")
			.params(tenant.value(), page.size(), page.offset())
			.query(EQUIPMENT)
			.list();
	}

	long count(TenantId tenant) {
		return this.jdbc.sql("SELECT COUNT(*) FROM equipment WHERE tenant_id = ?")
			.param(tenant.value())
			.query(Long.class)
			.single();
	}

	List<Equipment> onDevice(TenantId tenant, UUID deviceId) {
		return this.jdbc.sql("SELECT * FROM equipment WHERE tenant_id = ? AND device_id = ? ORDER BY code, id")
			.params(tenant.value(), deviceId)
			.query(EQUIPMENT)
			.list();
	}

	List<Equipment> all(TenantId tenant) {
		return this.jdbc.sql("SELECT * FROM equipment WHERE tenant_id = ? ORDER BY code, id")
			.param(tenant.value())
			.query(EQUIPMENT)
			.list();
	}

	long onNode(TenantId tenant, UUID node) {
		return this.jdbc.sql("SELECT COUNT(*) FROM equipment WHERE tenant_id = ? AND node_id = ?")
			.params(tenant.value(), node)
			.query(Long.class)
			.single();
	}

	boolean codeTaken(TenantId tenant, String code, UUID except) {
		return this.jdbc.sql("SELECT COUNT(*) FROM equipment WHERE tenant_id = ? AND code = ? AND id <> ?")
			.params(tenant.value(), code, except)
			.query(Long.class)
			.single() > 0;
	}

	void insert(Equipment e) {
		this.jdbc.sql("""
				INSERT INTO equipment (id, tenant_id, code, name, device_id, node_id, model, vendor, serial_number,
				    commissioned_on, criticality, ideal_cycle_ms, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), e.tenant().value(), e.code(), e.name(), e.deviceId(), e.nodeId(), e.model(), e.vendor(),
					e.serialNumber(), date(e), e.criticality().name(), cycleMillis(e), Timestamp.from(e.createdAt()),
					Timestamp.from(e.updatedAt()))
			.update();
	}

	void update(Equipment e) {
		this.jdbc.sql("""
				UPDATE equipment SET code = ?, name = ?, device_id = ?, node_id = ?, model = ?, vendor = ?,
				    serial_number = ?, commissioned_on = ?, criticality = ?, ideal_cycle_ms = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(e.code(), e.name(), e.deviceId(), e.nodeId(), e.model(), e.vendor(), e.serialNumber(), date(e),
					e.criticality().name(), cycleMillis(e), Timestamp.from(e.updatedAt()), e.tenant().value(), e.id())
			.update();
	}

	void delete(TenantId tenant, UUID id) {
		this.jdbc.sql("DELETE FROM equipment WHERE tenant_id = ? AND id = ?").params(tenant.value(), id).update();
	}

	private static @Nullable Date date(Equipment e) {
		return (e.commissionedOn() != null) ? Date.valueOf(e.commissionedOn()) : null;
	}

	private static @Nullable Long cycleMillis(Equipment e) {
		return (e.idealCycleTime() != null) ? e.idealCycleTime().toMillis() : null;
	}

}
