package io.kaiwu.connectivity.opcua;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.connectivity.OpcUaConnectionDefinition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The opcua_connection and opcua_mapping tables; queries by tenant name the tenant first.
 */
@Repository
class OpcUaConnectionRows {

	private final JdbcClient jdbc;

	OpcUaConnectionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Head(UUID id, UUID tenant, String name, String endpointUrl, String policy, String mode,
			String username, String password, boolean enabled, Instant createdAt, Instant updatedAt) {
	}

	List<OpcUaConnection> list(UUID tenant) {
		return withMappings(this.jdbc.sql("SELECT * FROM opcua_connection WHERE tenant_id = ? ORDER BY name")
			.param(tenant)
			.query(OpcUaConnectionRows::head)
			.list());
	}

	/** Every tenant's connections, for starting the runtimes. */
	List<OpcUaConnection> all() {
		return withMappings(
				this.jdbc.sql("SELECT * FROM opcua_connection ORDER BY name").query(OpcUaConnectionRows::head).list());
	}

	Optional<OpcUaConnection> find(UUID tenant, UUID id) {
		return withMappings(this.jdbc.sql("SELECT * FROM opcua_connection WHERE tenant_id = ? AND id = ?")
			.params(tenant, id)
			.query(OpcUaConnectionRows::head)
			.list()).stream().findFirst();
	}

	Optional<OpcUaConnection> findById(UUID id) {
		return withMappings(this.jdbc.sql("SELECT * FROM opcua_connection WHERE id = ?")
			.param(id)
			.query(OpcUaConnectionRows::head)
			.list()).stream().findFirst();
	}

	Optional<OpcUaConnection> findByName(UUID tenant, String name) {
		return withMappings(this.jdbc.sql("SELECT * FROM opcua_connection WHERE tenant_id = ? AND name = ?")
			.params(tenant, name)
			.query(OpcUaConnectionRows::head)
			.list()).stream().findFirst();
	}

	void insert(OpcUaConnection c) {
		OpcUaConnectionDefinition d = c.definition();
		this.jdbc
			.sql("INSERT INTO opcua_connection (id, tenant_id, name, endpoint_url, security_policy, security_mode,"
					+ " username, password, enabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(c.id(), c.tenant(), d.name(), d.endpointUrl(), d.securityPolicy(), d.securityMode(), d.username(),
					d.password(), d.enabled(), utc(c.createdAt()), utc(c.updatedAt()))
			.update();
		insertMappings(c);
	}

	void update(OpcUaConnection c) {
		OpcUaConnectionDefinition d = c.definition();
		this.jdbc
			.sql("UPDATE opcua_connection SET name = ?, endpoint_url = ?, security_policy = ?, security_mode = ?,"
					+ " username = ?, password = ?, enabled = ?, updated_at = ? WHERE tenant_id = ? AND id = ?")
			.params(d.name(), d.endpointUrl(), d.securityPolicy(), d.securityMode(), d.username(), d.password(),
					d.enabled(), utc(c.updatedAt()), c.tenant(), c.id())
			.update();
		this.jdbc.sql("DELETE FROM opcua_mapping WHERE connection_id = ?").param(c.id()).update();
		insertMappings(c);
	}

	void delete(UUID tenant, UUID id) {
		this.jdbc.sql("DELETE FROM opcua_connection WHERE tenant_id = ? AND id = ?").params(tenant, id).update();
	}

	private void insertMappings(OpcUaConnection c) {
		int position = 0;
		for (OpcUaConnectionDefinition.Mapping m : c.definition().mappings()) {
			this.jdbc
				.sql("INSERT INTO opcua_mapping (connection_id, position, node_id, device_key, property, sampling_ms)"
						+ " VALUES (?, ?, ?, ?, ?, ?)")
				.params(c.id(), position++, m.nodeId(), m.deviceKey(), m.property(), m.samplingMs())
				.update();
		}
	}

	private List<OpcUaConnection> withMappings(List<Head> heads) {
		List<OpcUaConnection> connections = new ArrayList<>();
		for (Head h : heads) {
			List<OpcUaConnectionDefinition.Mapping> mappings = this.jdbc
				.sql("SELECT node_id, device_key, property, sampling_ms FROM opcua_mapping WHERE connection_id = ?"
						+ " ORDER BY position")
				.param(h.id())
				.query((rs, n) -> new OpcUaConnectionDefinition.Mapping(rs.getString("node_id"),
						rs.getString("device_key"), rs.getString("property"), rs.getInt("sampling_ms")))
				.list();
			connections
				.add(new OpcUaConnection(
						h.id(), h.tenant(), new OpcUaConnectionDefinition(h.name(), h.endpointUrl(), h.policy(),
								h.mode(), h.username(), h.password(), h.enabled(), mappings),
						h.createdAt(), h.updatedAt()));
		}
		return connections;
	}

	private static Head head(ResultSet rs, int row) throws SQLException {
		return new Head(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), rs.getString("name"),
				rs.getString("endpoint_url"), rs.getString("security_policy"), rs.getString("security_mode"),
				rs.getString("username"), rs.getString("password"), rs.getBoolean("enabled"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(java.time.ZoneOffset.UTC);
	}

}
