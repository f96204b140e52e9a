package io.kaiwu.connectivity.sparkplug;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code sparkplug_edge_node} table. */
@Repository
class EdgeNodes {

	private final JdbcClient jdbc;

	EdgeNodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<EdgeNode> all(UUID tenant) {
		return this.jdbc.sql("SELECT * FROM sparkplug_edge_node WHERE tenant_id = ? ORDER BY group_id, edge_node_id")
			.param(tenant)
			.query(EdgeNodes::row)
			.list();
	}

	Optional<EdgeNode> find(UUID tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM sparkplug_edge_node WHERE tenant_id = ? AND id = ?")
			.params(tenant, id)
			.query(EdgeNodes::row)
			.optional();
	}

	/** Across tenants: the node that owns this part of the topic namespace. */
	Optional<EdgeNode> findByIds(String groupId, String edgeNodeId) {
		return this.jdbc.sql("SELECT * FROM sparkplug_edge_node WHERE group_id = ? AND edge_node_id = ?")
			.params(groupId, edgeNodeId)
			.query(EdgeNodes::row)
			.optional();
	}

	void insert(EdgeNode n) {
		this.jdbc.sql("""
				INSERT INTO sparkplug_edge_node (id, tenant_id, group_id, edge_node_id, plant_node_id, description,
				    secret_hash, secret_issued_at, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(n.id(), n.tenant(), n.groupId(), n.edgeNodeId(), n.plantNodeId(), n.description(), n.secretHash(),
					Timestamp.from(n.secretIssuedAt()), Timestamp.from(n.createdAt()))
			.update();
	}

	void updateSecret(EdgeNode n) {
		this.jdbc
			.sql("UPDATE sparkplug_edge_node SET secret_hash = ?, secret_issued_at = ? WHERE tenant_id = ? AND id = ?")
			.params(n.secretHash(), Timestamp.from(n.secretIssuedAt()), n.tenant(), n.id())
			.update();
	}

	void delete(EdgeNode n) {
		this.jdbc.sql("DELETE FROM sparkplug_edge_node WHERE tenant_id = ? AND id = ?")
			.params(n.tenant(), n.id())
			.update();
	}

	private static EdgeNode row(ResultSet rs, int row) throws SQLException {
		return new EdgeNode(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
				rs.getString("group_id"), rs.getString("edge_node_id"), rs.getObject("plant_node_id", UUID.class),
				rs.getString("description"), rs.getString("secret_hash"),
				rs.getTimestamp("secret_issued_at").toInstant(), rs.getTimestamp("created_at").toInstant());
	}

}
