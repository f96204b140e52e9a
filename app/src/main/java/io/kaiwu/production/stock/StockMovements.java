package io.kaiwu.production.stock;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The production_stock_movement table and the per-item lock rows beside it. */
@Repository
class StockMovements {

	private final JdbcClient jdbc;

	StockMovements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks a plant's item until the transaction ends, creating its row on first use. */
	void lock(TenantId tenant, UUID plantId, UUID itemId) {
		this.jdbc.sql("""
				INSERT INTO production_stock_item (tenant_id, plant_id, item_id) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING""").params(tenant.value(), plantId, itemId).update();
		this.jdbc.sql(
				"SELECT item_id FROM production_stock_item WHERE tenant_id = ? AND plant_id = ? AND item_id = ? FOR UPDATE")
			.params(tenant.value(), plantId, itemId)
			.query(UUID.class)
			.single();
	}

	BigDecimal onHand(TenantId tenant, UUID plantId, UUID itemId) {
		return Quantities.plain(this.jdbc.sql("""
				SELECT COALESCE(SUM(quantity), 0) FROM production_stock_movement
				WHERE tenant_id = ? AND plant_id = ? AND item_id = ?""")
			.params(tenant.value(), plantId, itemId)
			.query(BigDecimal.class)
			.single());
	}

	void insert(TenantId tenant, StockMovement m) {
		this.jdbc
			.sql("""
					INSERT INTO production_stock_movement (id, tenant_id, plant_id, item_id, quantity, kind, reason, reference,
					    note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(m.id(), tenant.value(), m.plantId(), m.itemId(), m.quantity(), m.kind().name(), m.reason().name(),
					m.reference(), m.note(), m.recordedBy(), Timestamp.from(m.recordedAt()))
			.update();
	}

	/** On hand of every item that ever moved in the plant (or in all plants). */
	List<StockLevel> levels(TenantId tenant, @Nullable UUID plantId) {
		List<Object> params = new ArrayList<>();
		params.add(tenant.value());
		String plant = "";
		if (plantId != null) {
			plant = " AND plant_id = ?";
			params.add(plantId);
		}
		return this.jdbc
			.sql("SELECT plant_id, item_id, SUM(quantity) AS on_hand, MAX(recorded_at) AS last_moved"
					+ " FROM production_stock_movement WHERE tenant_id = ?" + plant
					+ " GROUP BY plant_id, item_id ORDER BY plant_id, item_id")
			.params(params)
			.query((rs, row) -> new StockLevel(rs.getObject("plant_id", UUID.class),
					rs.getObject("item_id", UUID.class), Quantities.plain(rs.getBigDecimal("on_hand")),
					rs.getTimestamp("last_moved").toInstant()))
			.list();
	}

	/** The latest movements of a plant's item, newest first. */
	List<StockMovement> movements(TenantId tenant, UUID plantId, UUID itemId, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM production_stock_movement WHERE tenant_id = ? AND plant_id = ? AND item_id = ?
				ORDER BY recorded_at DESC, id LIMIT ?""")
			.params(tenant.value(), plantId, itemId, limit)
			.query((rs, row) -> movement(rs))
			.list();
	}

	private static StockMovement movement(ResultSet rs) throws SQLException {
		return new StockMovement(rs.getObject("id", UUID.class), rs.getObject("plant_id", UUID.class),
				rs.getObject("item_id", UUID.class), Quantities.plain(rs.getBigDecimal("quantity")),
				StockMovement.Kind.valueOf(rs.getString("kind")), StockMovement.Reason.valueOf(rs.getString("reason")),
				rs.getString("reference"), rs.getString("note"), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant());
	}

}
