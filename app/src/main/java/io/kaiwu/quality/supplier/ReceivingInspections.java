package io.kaiwu.quality.supplier;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.quality.inspection.InspectionCompleted;
import io.kaiwu.quality.inspection.InspectionKind;
import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the receiving inspections of suppliers' lots as the supplier score counts them:
 * each completed receiving inspection that names a supplier, stored once per inspection
 * record however often the event arrives.
 */
@Component
class ReceivingInspections {

	/**
	 * A supplier's receiving inspections in a period.
	 *
	 * @param lots inspected lots
	 * @param acceptedLots accepted among them
	 * @param inspectedUnits units in the samples
	 * @param rejectedUnits nonconforming units found
	 */
	record Totals(int lots, int acceptedLots, long inspectedUnits, long rejectedUnits) {
	}

	private final JdbcClient jdbc;

	ReceivingInspections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(InspectionCompleted inspection) {
		if (inspection.kind() != InspectionKind.RECEIVING || inspection.supplierId() == null) {
			return;
		}
		boolean known = this.jdbc.sql("SELECT COUNT(*) FROM quality_supplier_receiving WHERE record_id = ?")
			.param(inspection.recordId())
			.query(Long.class)
			.single() > 0;
		if (known) {
			return;
		}
		this.jdbc
			.sql("""
					INSERT INTO quality_supplier_receiving (record_id, tenant_id, supplier_id, item_id, lot_number, inspected_at,
					    sample_size, rejected, accepted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(inspection.recordId(), inspection.tenant().value(), inspection.supplierId(), inspection.itemId(),
					inspection.lotNumber(), Timestamp.from(inspection.inspectedAt()), inspection.sampleSize(),
					inspection.rejected(), inspection.accepted())
			.update();
	}

	@Transactional(readOnly = true)
	Totals totals(TenantId tenant, UUID supplierId, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT COUNT(*) AS lots, COALESCE(SUM(CASE WHEN accepted THEN 1 ELSE 0 END), 0) AS accepted_lots,
				    COALESCE(SUM(sample_size), 0) AS inspected, COALESCE(SUM(rejected), 0) AS rejected
				FROM quality_supplier_receiving
				WHERE tenant_id = ? AND supplier_id = ? AND inspected_at >= ? AND inspected_at < ?""")
			.params(tenant.value(), supplierId, Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> new Totals(rs.getInt("lots"), rs.getInt("accepted_lots"), rs.getLong("inspected"),
					rs.getLong("rejected")))
			.single();
	}

	@Transactional(readOnly = true)
	List<UUID> suppliers(TenantId tenant, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT DISTINCT supplier_id FROM quality_supplier_receiving
				WHERE tenant_id = ? AND inspected_at >= ? AND inspected_at < ?""")
			.params(tenant.value(), Timestamp.from(from), Timestamp.from(to))
			.query(UUID.class)
			.list();
	}

}
