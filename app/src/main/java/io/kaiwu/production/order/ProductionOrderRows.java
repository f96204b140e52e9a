package io.kaiwu.production.order;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.production.stock.Quantities;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The production_order table. */
@Repository
class ProductionOrderRows {

	private final JdbcClient jdbc;

	ProductionOrderRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(TenantId tenant, ProductionOrder o) {
		this.jdbc.sql("""
				INSERT INTO production_order (id, tenant_id, number, item_id, plant_id, quantity, start_date, due_date,
				    priority, origin, customer_order_line_id, mrp_run_id, status, good_quantity, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(o.id(), tenant.value(), o.number(), o.itemId(), o.plantId(), o.quantity(),
					Date.valueOf(o.startDate()), Date.valueOf(o.dueDate()), o.priority(), o.origin().name(),
					o.customerOrderLineId(), o.mrpRunId(), o.status().name(), o.goodQuantity(), o.createdBy(),
					Timestamp.from(o.createdAt()))
			.update();
	}

	Optional<ProductionOrder> find(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM production_order WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query((rs, row) -> order(rs))
			.optional();
	}

	/** The order, locked until the transaction ends. */
	Optional<ProductionOrder> lock(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM production_order WHERE tenant_id = ? AND id = ? FOR UPDATE")
			.params(tenant.value(), id)
			.query((rs, row) -> order(rs))
			.optional();
	}

	/**
	 * The quantity of a customer order line's production orders that are not cancelled.
	 */
	BigDecimal coveringLine(TenantId tenant, UUID lineId) {
		return this.jdbc.sql("""
				SELECT COALESCE(SUM(quantity), 0) FROM production_order
				WHERE tenant_id = ? AND customer_order_line_id = ? AND status <> 'CANCELLED'""")
			.params(tenant.value(), lineId)
			.query((rs, row) -> Quantities.plain(rs.getBigDecimal(1)))
			.single();
	}

	void released(TenantId tenant, UUID id, UUID routingId, String routingVersion, Instant at) {
		this.jdbc.sql("""
				UPDATE production_order SET status = 'RELEASED', routing_id = ?, routing_version = ?, released_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(routingId, routingVersion, Timestamp.from(at), tenant.value(), id)
			.update();
	}

	void finished(TenantId tenant, UUID id, java.math.BigDecimal good, Instant at) {
		this.jdbc.sql("""
				UPDATE production_order SET status = 'FINISHED', good_quantity = ?, finished_at = ?
				WHERE tenant_id = ? AND id = ?""").params(good, Timestamp.from(at), tenant.value(), id).update();
	}

	void good(TenantId tenant, UUID id, java.math.BigDecimal good) {
		this.jdbc.sql("UPDATE production_order SET good_quantity = ? WHERE tenant_id = ? AND id = ?")
			.params(good, tenant.value(), id)
			.update();
	}

	void cancelled(TenantId tenant, UUID id) {
		this.jdbc.sql("UPDATE production_order SET status = 'CANCELLED' WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.update();
	}

	/** Created and released orders: MRP's scheduled receipts. */
	List<ProductionOrder> open(TenantId tenant) {
		return this.jdbc.sql("""
				SELECT * FROM production_order WHERE tenant_id = ? AND status IN ('CREATED', 'RELEASED')
				ORDER BY due_date, number""").params(tenant.value()).query((rs, row) -> order(rs)).list();
	}

	List<ProductionOrder> page(TenantId tenant, ProductionOrder.@Nullable Status status, PageQuery page) {
		List<Object> params = new ArrayList<>();
		String where = where(tenant, status, params);
		params.add(page.size());
		params.add(page.offset());
		return this.jdbc
			.sql("SELECT * FROM production_order" + where + " ORDER BY due_date, priority, number LIMIT ? OFFSET ?")
			.params(params)
			.query((rs, row) -> order(rs))
			.list();
	}

	long count(TenantId tenant, ProductionOrder.@Nullable Status status) {
		List<Object> params = new ArrayList<>();
		return this.jdbc.sql("SELECT COUNT(*) FROM production_order" + where(tenant, status, params))
			.params(params)
			.query(Long.class)
			.single();
	}

	private static String where(TenantId tenant, ProductionOrder.@Nullable Status status, List<Object> params) {
		params.add(tenant.value());
		if (status == null) {
			return " WHERE tenant_id = ?";
		}
		params.add(status.name());
		return " WHERE tenant_id = ? AND status = ?";
	}

	private static ProductionOrder order(ResultSet rs) throws SQLException {
		Timestamp released = rs.getTimestamp("released_at");
		Timestamp finished = rs.getTimestamp("finished_at");
		return new ProductionOrder(rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getObject("item_id", UUID.class), rs.getObject("plant_id", UUID.class),
				Quantities.plain(rs.getBigDecimal("quantity")), rs.getDate("start_date").toLocalDate(),
				rs.getDate("due_date").toLocalDate(), rs.getInt("priority"),
				ProductionOrder.Origin.valueOf(rs.getString("origin")),
				rs.getObject("customer_order_line_id", UUID.class), rs.getObject("mrp_run_id", UUID.class),
				ProductionOrder.Status.valueOf(rs.getString("status")), rs.getString("routing_version"),
				Quantities.plain(rs.getBigDecimal("good_quantity")), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), (released != null) ? released.toInstant() : null,
				(finished != null) ? finished.toInstant() : null);
	}

}
