package io.kaiwu.production.mrp;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.production.mrp.kernel.ItemPlanning;
import io.kaiwu.production.mrp.kernel.LotSizing;
import io.kaiwu.production.mrp.kernel.Procurement;
import io.kaiwu.production.stock.Quantities;
import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The production_item_planning table. */
@Repository
class ItemPlanningRows {

	private final JdbcClient jdbc;

	ItemPlanningRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the item's planning data in the plant. */
	void put(TenantId tenant, UUID plantId, ItemPlanning p, String by, Instant at) {
		this.jdbc.sql("DELETE FROM production_item_planning WHERE tenant_id = ? AND plant_id = ? AND item_id = ?")
			.params(tenant.value(), plantId, p.itemId())
			.update();
		this.jdbc
			.sql("""
					INSERT INTO production_item_planning (tenant_id, plant_id, item_id, procurement, lead_time_days, lot_rule,
					    lot_quantity, safety_stock, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), plantId, p.itemId(), p.procurement().name(), p.leadTimeDays(),
					p.lotSizing().rule().name(), p.lotSizing().quantity(), p.safetyStock(), by, Timestamp.from(at))
			.update();
	}

	List<ItemPlanning> ofPlant(TenantId tenant, UUID plantId) {
		return this.jdbc
			.sql("SELECT * FROM production_item_planning WHERE tenant_id = ? AND plant_id = ? ORDER BY item_id")
			.params(tenant.value(), plantId)
			.query((rs, row) -> new ItemPlanning(rs.getObject("item_id", UUID.class),
					Procurement.valueOf(rs.getString("procurement")), rs.getInt("lead_time_days"),
					new LotSizing(LotSizing.Rule.valueOf(rs.getString("lot_rule")),
							Quantities.plain(rs.getBigDecimal("lot_quantity"))),
					Quantities.plain(rs.getBigDecimal("safety_stock"))))
			.list();
	}

}
