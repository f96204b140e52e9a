package io.kaiwu.connectivity.modbus;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The modbus_connection and modbus_register tables; every query names the tenant first.
 */
@Repository
class ModbusConnectionRows {

	private static final String READ = "READ";

	private static final String COMMAND = "COMMAND";

	private final JdbcClient jdbc;

	ModbusConnectionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Head(UUID id, UUID tenant, String name, String host, int port, int unitId, long pollMs,
			long timeoutMs, boolean enabled, Timestamp createdAt, Timestamp updatedAt) {
	}

	List<ModbusConnection> list(TenantId tenant) {
		return heads("SELECT * FROM modbus_connection WHERE tenant_id = ? ORDER BY name", tenant.value());
	}

	/** Every enabled connection of every tenant, to start polling. */
	List<ModbusConnection> allEnabled() {
		return heads("SELECT * FROM modbus_connection WHERE enabled = TRUE ORDER BY tenant_id, name");
	}

	Optional<ModbusConnection> find(TenantId tenant, UUID id) {
		return heads("SELECT * FROM modbus_connection WHERE tenant_id = ? AND id = ?", tenant.value(), id).stream()
			.findFirst();
	}

	Optional<ModbusConnection> findByName(TenantId tenant, String name) {
		return heads("SELECT * FROM modbus_connection WHERE tenant_id = ? AND name = ?", tenant.value(), name).stream()
			.findFirst();
	}

	void insert(ModbusConnection c) {
		this.jdbc.sql("""
				INSERT INTO modbus_connection (id, tenant_id, name, host, port, unit_id, poll_interval_ms, timeout_ms,
				    enabled, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), c.tenant().value(), c.name(), c.host(), c.port(), c.unitId(), c.pollInterval().toMillis(),
					c.timeout().toMillis(), c.enabled(), Timestamp.from(c.createdAt()), Timestamp.from(c.updatedAt()))
			.update();
		insertMaps(c);
	}

	void update(ModbusConnection c) {
		this.jdbc.sql("""
				UPDATE modbus_connection SET name = ?, host = ?, port = ?, unit_id = ?, poll_interval_ms = ?,
				    timeout_ms = ?, enabled = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(c.name(), c.host(), c.port(), c.unitId(), c.pollInterval().toMillis(), c.timeout().toMillis(),
					c.enabled(), Timestamp.from(c.updatedAt()), c.tenant().value(), c.id())
			.update();
		this.jdbc.sql("DELETE FROM modbus_register WHERE connection_id = ?").param(c.id()).update();
		insertMaps(c);
	}

	void delete(ModbusConnection c) {
		this.jdbc.sql("DELETE FROM modbus_register WHERE connection_id = ?").param(c.id()).update();
		this.jdbc.sql("DELETE FROM modbus_connection WHERE tenant_id = ? AND id = ?")
			.params(c.tenant().value(), c.id())
			.update();
	}

	private void insertMaps(ModbusConnection c) {
		insertMap(c.id(), READ, c.registers());
		insertMap(c.id(), COMMAND, c.commands());
	}

	private void insertMap(UUID connection, String purpose, List<RegisterMapping> map) {
		for (int i = 0; i < map.size(); i++) {
			RegisterMapping m = map.get(i);
			this.jdbc.sql("""
					INSERT INTO modbus_register (connection_id, purpose, line_no, device_key, point, unit_id,
					    register_table, address, data_type, byte_order, value_scale, value_offset)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(connection, purpose, i, m.deviceKey(), m.point(), m.unitId(), m.table().name(), m.address(),
						m.type().name(), m.order().name(), m.scale(), m.offset())
				.update();
		}
	}

	private List<ModbusConnection> heads(String sql, Object... params) {
		List<Head> heads = this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new Head(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
					rs.getString("name"), rs.getString("host"), rs.getInt("port"), rs.getInt("unit_id"),
					rs.getLong("poll_interval_ms"), rs.getLong("timeout_ms"), rs.getBoolean("enabled"),
					rs.getTimestamp("created_at"), rs.getTimestamp("updated_at")))
			.list();
		List<ModbusConnection> connections = new ArrayList<>();
		for (Head h : heads) {
			connections.add(new ModbusConnection(h.id(), TenantId.of(h.tenant()), h.name(), h.host(), h.port(),
					h.unitId(), Duration.ofMillis(h.pollMs()), Duration.ofMillis(h.timeoutMs()), h.enabled(),
					map(h.id(), READ), map(h.id(), COMMAND), h.createdAt().toInstant(), h.updatedAt().toInstant()));
		}
		return connections;
	}

	private List<RegisterMapping> map(UUID connection, String purpose) {
		return this.jdbc.sql("SELECT * FROM modbus_register WHERE connection_id = ? AND purpose = ? ORDER BY line_no")
			.params(connection, purpose)
			.query((rs, row) -> {
				int unit = rs.getInt("unit_id");
				Integer unitId = rs.wasNull() ? null : unit;
				return new RegisterMapping(rs.getString("device_key"), rs.getString("point"), unitId,
						RegisterTable.valueOf(rs.getString("register_table")), rs.getInt("address"),
						RegisterType.valueOf(rs.getString("data_type")),
						RegisterOrder.valueOf(rs.getString("byte_order")), rs.getDouble("value_scale"),
						rs.getDouble("value_offset"));
			})
			.list();
	}

}
