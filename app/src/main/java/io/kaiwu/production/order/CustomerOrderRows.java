package io.kaiwu.production.order;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.production.stock.Quantities;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The production_customer_order table and its lines, with what was delivered. */
@Repository
class CustomerOrderRows {

	private static final String LINES = """
			SELECT l.*, (SELECT COALESCE(SUM(d.quantity), 0) FROM production_delivery d
			    WHERE d.tenant_id = l.tenant_id AND d.line_id = l.id) AS delivered
			FROM production_customer_order_line l""";

	private final JdbcClient jdbc;

	CustomerOrderRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(TenantId tenant, CustomerOrder o) {
		this.jdbc.sql("""
				INSERT INTO production_customer_order (id, tenant_id, number, customer_id, plant_id, customer_reference,
				    note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(o.id(), tenant.value(), o.number(), o.customerId(), o.plantId(), o.customerReference(), o.note(),
					o.createdBy(), Timestamp.from(o.createdAt()))
			.update();
		for (CustomerOrder.Line l : o.lines()) {
			this.jdbc.sql("""
					INSERT INTO production_customer_order_line (id, order_id, tenant_id, line_no, item_id, quantity,
					    due_date, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(l.id(), o.id(), tenant.value(), l.lineNo(), l.itemId(), l.quantity(), Date.valueOf(l.dueDate()),
						l.priority())
				.update();
		}
	}

	Optional<CustomerOrder> find(TenantId tenant, UUID id) {
		return orders(tenant, " AND id = ?", List.of(id), PageQuery.of(0, 1)).stream().findFirst();
	}

	/** The order a line belongs to. */
	Optional<CustomerOrder> ofLine(TenantId tenant, UUID lineId) {
		return this.jdbc.sql("SELECT order_id FROM production_customer_order_line WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), lineId)
			.query(UUID.class)
			.optional()
			.flatMap((orderId) -> find(tenant, orderId));
	}

	/**
	 * Locks a line until the transaction ends, so that two planners covering it at once
	 * take turns.
	 */
	void lockLine(TenantId tenant, UUID lineId) {
		this.jdbc.sql("SELECT id FROM production_customer_order_line WHERE tenant_id = ? AND id = ? FOR UPDATE")
			.params(tenant.value(), lineId)
			.query(UUID.class)
			.optional();
	}

	List<CustomerOrder> page(TenantId tenant, PageQuery page) {
		return orders(tenant, "", List.of(), page);
	}

	long count(TenantId tenant) {
		return this.jdbc.sql("SELECT COUNT(*) FROM production_customer_order WHERE tenant_id = ?")
			.params(tenant.value())
			.query(Long.class)
			.single();
	}

	/** The orders of a plant whose lines are not all delivered (MRP's demand). */
	List<CustomerOrder> ofPlant(TenantId tenant, UUID plantId) {
		return orders(tenant, " AND plant_id = ?", List.of(plantId), null);
	}

	private List<CustomerOrder> orders(TenantId tenant, String filter, List<Object> filterParams,
			@Nullable PageQuery page) {
		List<Object> params = new ArrayList<>();
		params.add(tenant.value());
		params.addAll(filterParams);
		String limit = "";
		if (page != null) {
			limit = " LIMIT ? OFFSET ?";
			params.add(page.size());
			params.add(page.offset());
		}
		List<CustomerOrder> heads = this.jdbc
			.sql("SELECT * FROM production_customer_order WHERE tenant_id = ?" + filter
					+ " ORDER BY created_at DESC, number DESC" + limit)
			.params(params)
			.query((rs, row) -> new CustomerOrder(rs.getObject("id", UUID.class), rs.getString("number"),
					rs.getObject("customer_id", UUID.class), rs.getObject("plant_id", UUID.class),
					rs.getString("customer_reference"), rs.getString("note"), rs.getString("created_by"),
					rs.getTimestamp("created_at").toInstant(), List.of()))
			.list();
		Map<UUID, List<CustomerOrder.Line>> lines = new HashMap<>();
		for (CustomerOrder head : heads) {
			lines.put(head.id(),
					this.jdbc.sql(LINES + " WHERE l.tenant_id = ? AND l.order_id = ? ORDER BY l.line_no")
						.params(tenant.value(), head.id())
						.query((rs, row) -> new CustomerOrder.Line(rs.getObject("id", UUID.class), rs.getInt("line_no"),
								rs.getObject("item_id", UUID.class), Quantities.plain(rs.getBigDecimal("quantity")),
								rs.getDate("due_date").toLocalDate(), rs.getInt("priority"),
								Quantities.plain(rs.getBigDecimal("delivered"))))
						.list());
		}
		return heads.stream()
			.map((h) -> new CustomerOrder(h.id(), h.number(), h.customerId(), h.plantId(), h.customerReference(),
					h.note(), h.createdBy(), h.createdAt(), lines.get(h.id())))
			.toList();
	}

}
