package io.kaiwu.production.order;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.production.order.WorkOrders.Status;
import io.kaiwu.production.order.WorkOrders.WorkOrder;
import io.kaiwu.production.stock.Quantities;
import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The production_work_order table, read with its production order. */
@Repository
class WorkOrderRows {

	private static final String SELECT = """
			SELECT w.*, o.number AS order_number, o.item_id, o.plant_id FROM production_work_order w
			JOIN production_order o ON o.id = w.production_order_id AND o.tenant_id = w.tenant_id
			""";

	private final JdbcClient jdbc;

	WorkOrderRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new work order with the step's times.
	 * @param setupSeconds setup before the first unit.
	 * @param runSecondsPerUnit run time per unit.
	 */
	void insert(TenantId tenant, WorkOrder w, long setupSeconds, BigDecimal runSecondsPerUnit, Instant at) {
		this.jdbc
			.sql("""
					INSERT INTO production_work_order (id, tenant_id, number, production_order_id, sequence_no, operation_code,
					    operation_name, work_centre_id, resource_id, quantity, good_quantity, scrap_quantity, setup_seconds,
					    run_seconds_per_unit, status, last_operation, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(w.id(), tenant.value(), w.number(), w.productionOrderId(), w.sequence(), w.operationCode(),
					w.operationName(), w.workCentreId(), w.resourceId(), w.quantity(), w.goodQuantity(),
					w.scrapQuantity(), setupSeconds, runSecondsPerUnit, w.status().name(), w.lastOperation(),
					Timestamp.from(at))
			.update();
	}

	Optional<WorkOrder> find(TenantId tenant, UUID id) {
		return this.jdbc.sql(SELECT + "WHERE w.tenant_id = ? AND w.id = ?")
			.params(tenant.value(), id)
			.query((rs, row) -> workOrder(rs))
			.optional();
	}

	/** The work order, locked until the transaction ends. */
	Optional<WorkOrder> lock(TenantId tenant, UUID id) {
		this.jdbc.sql("SELECT id FROM production_work_order WHERE tenant_id = ? AND id = ? FOR UPDATE")
			.params(tenant.value(), id)
			.query(UUID.class)
			.optional();
		return find(tenant, id);
	}

	Optional<WorkOrder> byNumber(TenantId tenant, String number) {
		return this.jdbc.sql(SELECT + "WHERE w.tenant_id = ? AND w.number = ?")
			.params(tenant.value(), number)
			.query((rs, row) -> workOrder(rs))
			.optional();
	}

	List<WorkOrder> open(TenantId tenant) {
		return this.jdbc.sql(SELECT + """
				WHERE w.tenant_id = ? AND w.status IN ('RELEASED', 'RUNNING', 'PAUSED')
				ORDER BY o.number, w.sequence_no""").params(tenant.value()).query((rs, row) -> workOrder(rs)).list();
	}

	List<WorkOrder> ofOrder(TenantId tenant, UUID productionOrderId) {
		return this.jdbc.sql(SELECT + "WHERE w.tenant_id = ? AND w.production_order_id = ? ORDER BY w.sequence_no")
			.params(tenant.value(), productionOrderId)
			.query((rs, row) -> workOrder(rs))
			.list();
	}

	List<WorkOrder> ofOrders(TenantId tenant, Collection<UUID> productionOrderIds) {
		if (productionOrderIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + """
				WHERE w.tenant_id = :tenant AND w.production_order_id IN (:orders)
				ORDER BY o.number, w.sequence_no""")
			.param("tenant", tenant.value())
			.param("orders", List.copyOf(productionOrderIds))
			.query((rs, row) -> workOrder(rs))
			.list();
	}

	/** Stores a report: a first report starts the work order, a finishing one ends it. */
	void progress(TenantId tenant, WorkOrder after, Instant at) {
		Timestamp when = Timestamp.from(at);
		this.jdbc.sql("""
				UPDATE production_work_order SET good_quantity = ?, scrap_quantity = ?, status = ?, updated_at = ?,
				    started_at = COALESCE(started_at, ?), finished_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(after.goodQuantity(), after.scrapQuantity(), after.status().name(), when, when,
					(after.status() == Status.FINISHED) ? when : null, tenant.value(), after.id())
			.update();
	}

	private static WorkOrder workOrder(ResultSet rs) throws SQLException {
		return new WorkOrder(rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getObject("production_order_id", UUID.class), rs.getString("order_number"),
				rs.getObject("item_id", UUID.class), rs.getObject("plant_id", UUID.class), rs.getInt("sequence_no"),
				rs.getString("operation_code"), rs.getString("operation_name"),
				rs.getObject("work_centre_id", UUID.class), rs.getObject("resource_id", UUID.class),
				Quantities.plain(rs.getBigDecimal("quantity")), Quantities.plain(rs.getBigDecimal("good_quantity")),
				Quantities.plain(rs.getBigDecimal("scrap_quantity")), Status.valueOf(rs.getString("status")),
				rs.getBoolean("last_operation"));
	}

}
