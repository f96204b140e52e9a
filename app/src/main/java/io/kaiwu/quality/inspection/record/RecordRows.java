package io.kaiwu.quality.inspection.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.quality.inspection.InspectionKind;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The quality_inspection_record table (without subgroups); tenant first. */
@Repository
class RecordRows {

	private final JdbcClient jdbc;

	RecordRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What a list of records is filtered by; each {@literal null} means any. */
	record Filter(@Nullable UUID planId, @Nullable UUID itemId, @Nullable String lotNumber,
			@Nullable RecordStatus status) {
	}

	Optional<InspectionRecord> find(TenantId tenant, UUID id, boolean lock) {
		return this.jdbc
			.sql("SELECT * FROM quality_inspection_record WHERE tenant_id = ? AND id = ?" + (lock ? " FOR UPDATE" : ""))
			.params(tenant.value(), id)
			.query((rs, row) -> record(rs))
			.optional();
	}

	List<InspectionRecord> page(TenantId tenant, Filter filter, PageQuery page) {
		List<Object> params = new ArrayList<>();
		String where = where(tenant, filter, params);
		params.add(page.size());
		params.add(page.offset());
		return this.jdbc
			.sql("SELECT * FROM quality_inspection_record" + where + " ORDER BY started_at DESC, id LIMIT ? OFFSET ?")
			.params(params)
			.query((rs, row) -> record(rs))
			.list();
	}

	long count(TenantId tenant, Filter filter) {
		List<Object> params = new ArrayList<>();
		String where = where(tenant, filter, params);
		return this.jdbc.sql("SELECT COUNT(*) FROM quality_inspection_record" + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	/** The completed records of a lot, oldest first. */
	List<InspectionRecord> completedOfLot(TenantId tenant, UUID itemId, String lotNumber) {
		return this.jdbc.sql("""
				SELECT * FROM quality_inspection_record WHERE tenant_id = ? AND item_id = ? AND lot_number = ?
				AND status <> 'OPEN' ORDER BY completed_at, id""")
			.params(tenant.value(), itemId, lotNumber)
			.query((rs, row) -> record(rs))
			.list();
	}

	void insert(InspectionRecord r) {
		this.jdbc.sql("""
				INSERT INTO quality_inspection_record (id, tenant_id, plan_id, item_id, kind, operation, lot_number,
				    supplier_id, operator, equipment_id, status, started_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), r.tenant().value(), r.planId(), r.itemId(), r.kind().name(), r.operation(), r.lotNumber(),
					r.supplierId(), r.operator(), r.equipmentId(), r.status().name(), Timestamp.from(r.startedAt()))
			.update();
	}

	void complete(InspectionRecord r) {
		this.jdbc.sql("""
				UPDATE quality_inspection_record SET status = ?, sample_size = ?, rejected = ?, verdict_note = ?,
				    completed_at = ?, completed_by = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(r.status().name(), r.sampleSize(), r.rejected(), r.verdictNote(),
					(r.completedAt() != null) ? Timestamp.from(r.completedAt()) : null, r.completedBy(),
					r.tenant().value(), r.id())
			.update();
	}

	private static String where(TenantId tenant, Filter filter, List<Object> params) {
		StringBuilder where = new StringBuilder(" WHERE tenant_id = ?");
		params.add(tenant.value());
		if (filter.planId() != null) {
			where.append(" AND plan_id = ?");
			params.add(filter.planId());
		}
		if (filter.itemId() != null) {
			where.append(" AND item_id = ?");
			params.add(filter.itemId());
		}
		if (filter.lotNumber() != null) {
			where.append(" AND lot_number = ?");
			params.add(filter.lotNumber());
		}
		if (filter.status() != null) {
			where.append(" AND status = ?");
			params.add(filter.status().name());
		}
		return where.toString();
	}

	private static InspectionRecord record(ResultSet rs) throws SQLException {
		Timestamp completed = rs.getTimestamp("completed_at");
		return new InspectionRecord(rs.getObject("id", UUID.class), TenantId.of(rs.getObject("tenant_id", UUID.class)),
				rs.getObject("plan_id", UUID.class), rs.getObject("item_id", UUID.class),
				InspectionKind.valueOf(rs.getString("kind")), rs.getString("operation"), rs.getString("lot_number"),
				rs.getObject("supplier_id", UUID.class), rs.getString("operator"),
				rs.getObject("equipment_id", UUID.class), RecordStatus.valueOf(rs.getString("status")),
				rs.getObject("sample_size", Integer.class), rs.getObject("rejected", Integer.class),
				rs.getString("verdict_note"), rs.getTimestamp("started_at").toInstant(),
				(completed != null) ? completed.toInstant() : null, rs.getString("completed_by"), List.of());
	}

	static Instant now() {
		return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

}
