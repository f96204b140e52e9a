package io.kaiwu.tenancy.structure;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.tenancy.NodeLevel;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plant_node table: every query names the tenant first. */
@Repository
class PlantNodes {

	private static final RowMapper<PlantNode> NODE = (rs, row) -> new PlantNode(rs.getObject("id", UUID.class),
			rs.getObject("tenant_id", UUID.class), rs.getObject("parent_id", UUID.class),
			NodeLevel.valueOf(rs.getString("node_level")), rs.getString("code"), rs.getString("name"),
			rs.getString("time_zone"), rs.getTimestamp("created_at").toInstant(),
			rs.getTimestamp("updated_at").toInstant());

	private final JdbcClient jdbc;

	PlantNodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PlantNode> find(UUID tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM plant_node WHERE tenant_id = ? AND id = ?")
			.params(tenant, id)
			.query(NODE)
			.optional();
	}

	List<PlantNode> all(UUID tenant) {
		return this.jdbc.sql("SELECT * FROM plant_node WHERE tenant_id = ? ORDER BY node_level, code")
			.param(tenant)
			.query(NODE)
			.list();
	}

	boolean codeTaken(UUID tenant, String code, UUID except) {
		return this.jdbc.sql("SELECT COUNT(*) FROM plant_node WHERE tenant_id = ? AND code = ? AND id <> ?")
			.params(tenant, code, except)
			.query(Long.class)
			.single() > 0;
	}

	long childCount(UUID tenant, UUID id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM plant_node WHERE tenant_id = ? AND parent_id = ?")
			.params(tenant, id)
			.query(Long.class)
			.single();
	}

	void insert(PlantNode node) {
		this.jdbc
			.sql("""
					INSERT INTO plant_node (id, tenant_id, parent_id, node_level, code, name, time_zone, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(node.id(), node.tenant(), node.parentId(), node.level().name(), node.code(), node.name(),
					node.timeZone(), Timestamp.from(node.createdAt()), Timestamp.from(node.updatedAt()))
			.update();
	}

	void update(PlantNode node) {
		this.jdbc.sql("""
				UPDATE plant_node SET parent_id = ?, code = ?, name = ?, time_zone = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(node.parentId(), node.code(), node.name(), node.timeZone(), Timestamp.from(node.updatedAt()),
					node.tenant(), node.id())
			.update();
	}

	void delete(PlantNode node) {
		this.jdbc.sql("DELETE FROM plant_node WHERE tenant_id = ? AND id = ?")
			.params(node.tenant(), node.id())
			.update();
	}

}
