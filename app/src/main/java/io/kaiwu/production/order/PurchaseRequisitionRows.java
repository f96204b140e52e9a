package io.kaiwu.production.order;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.production.stock.Quantities;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The production_purchase_requisition table. */
@Repository
class PurchaseRequisitionRows {

	private final JdbcClient jdbc;

	PurchaseRequisitionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(TenantId tenant, PurchaseRequisition r) {
		this.jdbc.sql("""
				INSERT INTO production_purchase_requisition (id, tenant_id, number, item_id, plant_id, supplier_id,
				    quantity, release_date, need_date, status, mrp_run_id, note, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), tenant.value(), r.number(), r.itemId(), r.plantId(), r.supplierId(), r.quantity(),
					Date.valueOf(r.releaseDate()), Date.valueOf(r.needDate()), r.status().name(), r.mrpRunId(),
					r.note(), r.createdBy(), Timestamp.from(r.createdAt()))
			.update();
	}

	Optional<PurchaseRequisition> find(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM production_purchase_requisition WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query((rs, row) -> requisition(rs))
			.optional();
	}

	void status(TenantId tenant, UUID id, PurchaseRequisition.Status status) {
		this.jdbc.sql("UPDATE production_purchase_requisition SET status = ? WHERE tenant_id = ? AND id = ?")
			.params(status.name(), tenant.value(), id)
			.update();
	}

	List<PurchaseRequisition> open(TenantId tenant, UUID plantId) {
		return this.jdbc.sql("""
				SELECT * FROM production_purchase_requisition WHERE tenant_id = ? AND plant_id = ?
				AND status IN ('OPEN', 'ORDERED') ORDER BY need_date, number""")
			.params(tenant.value(), plantId)
			.query((rs, row) -> requisition(rs))
			.list();
	}

	List<PurchaseRequisition> page(TenantId tenant, PageQuery page) {
		return this.jdbc.sql("""
				SELECT * FROM production_purchase_requisition WHERE tenant_id = ?
				ORDER BY need_date, number LIMIT ? OFFSET ?""")
			.params(tenant.value(), page.size(), page.offset())
			.query((rs, row) -> requisition(rs))
			.list();
	}

	long count(TenantId tenant) {
		return this.jdbc.sql("SELECT COUNT(*) FROM production_purchase_requisition WHERE tenant_id = ?")
			.params(tenant.value())
			.query(Long.class)
			.single();
	}

	private static PurchaseRequisition requisition(ResultSet rs) throws SQLException {
		String status = rs.getString("status");
		return new PurchaseRequisition(rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getObject("item_id", UUID.class), rs.getObject("plant_id", UUID.class),
				rs.getObject("supplier_id", UUID.class), Quantities.plain(rs.getBigDecimal("quantity")),
				rs.getDate("release_date").toLocalDate(), rs.getDate("need_date").toLocalDate(),
				PurchaseRequisition.Status.valueOf(status), rs.getObject("mrp_run_id", UUID.class),
				rs.getString("note"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}

}
