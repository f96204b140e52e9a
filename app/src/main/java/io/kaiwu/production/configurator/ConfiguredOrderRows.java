package io.kaiwu.production.configurator;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The production_configuration table (V184). */
@Repository
class ConfiguredOrderRows {

	private static final RowMapper<ConfiguredOrder> ROW = (rs, n) -> new ConfiguredOrder(rs.getObject("id", UUID.class),
			rs.getObject("product_id", UUID.class),
			rs.getString("selection").isEmpty() ? List.of() : Arrays.asList(rs.getString("selection").split(",")),
			rs.getString("variant_code"), rs.getObject("variant_item_id", UUID.class), rs.getBigDecimal("quantity"),
			rs.getDate("due_date").toLocalDate(), rs.getObject("customer_order_id", UUID.class),
			rs.getString("customer_order_no"), rs.getObject("production_order_id", UUID.class),
			rs.getString("production_order_no"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());

	private final JdbcClient jdbc;

	ConfiguredOrderRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(TenantId tenant, ConfiguredOrder c) {
		this.jdbc.sql("""
				INSERT INTO production_configuration (id, tenant_id, product_id, selection, variant_code,
				    variant_item_id, quantity, due_date, customer_order_id, customer_order_no, production_order_id,
				    production_order_no, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), tenant.value(), c.productId(), String.join(",", c.selection()), c.variantCode(),
					c.variantItemId(), c.quantity(), Date.valueOf(c.dueDate()), c.customerOrderId(),
					c.customerOrderNumber(), c.productionOrderId(), c.productionOrderNumber(), c.createdBy(),
					Timestamp.from(c.createdAt()))
			.update();
	}

	/** The product's configurations, newest first, at most {@code limit}. */
	List<ConfiguredOrder> recent(TenantId tenant, UUID productId, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM production_configuration WHERE tenant_id = ? AND product_id = ?
				ORDER BY created_at DESC LIMIT ?""").params(tenant.value(), productId, limit).query(ROW).list();
	}

}
