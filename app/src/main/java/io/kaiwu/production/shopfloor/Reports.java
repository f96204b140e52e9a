package io.kaiwu.production.shopfloor;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.production.order.WorkOrders.Status;
import io.kaiwu.production.shopfloor.kernel.ReportKind;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code production_shopfloor_report} and its consumed lots. */
@Repository
class Reports {

	private final JdbcClient jdbc;

	Reports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Report> byClientId(TenantId tenant, UUID clientReportId) {
		return this.jdbc.sql("SELECT * FROM production_shopfloor_report WHERE tenant_id = ? AND client_report_id = ?")
			.params(tenant.value(), clientReportId)
			.query((rs, n) -> row(rs))
			.optional()
			.map((r) -> withConsumption(tenant, List.of(r)).get(0));
	}

	/** A work order's reports, oldest first. */
	List<Report> history(TenantId tenant, UUID workOrderId) {
		return withConsumption(tenant,
				this.jdbc.sql("""
						SELECT * FROM production_shopfloor_report WHERE tenant_id = ? AND work_order_id = ?
						ORDER BY happened_at, recorded_at""")
					.params(tenant.value(), workOrderId)
					.query((rs, n) -> row(rs))
					.list());
	}

	/** The latest reports on any of the work orders, newest first. */
	List<Report> latest(TenantId tenant, Collection<UUID> workOrderIds, int limit) {
		if (workOrderIds.isEmpty()) {
			return List.of();
		}
		List<Object> params = new ArrayList<>();
		params.add(tenant.value());
		params.addAll(workOrderIds);
		params.add(limit);
		return withConsumption(tenant,
				this.jdbc
					.sql("SELECT * FROM production_shopfloor_report WHERE tenant_id = ? AND work_order_id IN ("
							+ String.join(", ", Collections.nCopies(workOrderIds.size(), "?"))
							+ ") ORDER BY happened_at DESC, recorded_at DESC LIMIT ?")
					.params(params)
					.query((rs, n) -> row(rs))
					.list());
	}

	/** When the last report on a work order happened; empty before the first. */
	Optional<Instant> lastAt(TenantId tenant, UUID workOrderId) {
		return this.jdbc
			.sql("SELECT MAX(happened_at) FROM production_shopfloor_report WHERE tenant_id = ? AND work_order_id = ?")
			.params(tenant.value(), workOrderId)
			.query((rs, n) -> timestamp(rs, 1))
			.optional();
	}

	void insert(TenantId tenant, Report r) {
		this.jdbc.sql("""
				INSERT INTO production_shopfloor_report (id, tenant_id, client_report_id, work_order_id,
				    work_order_number, kind, status_after, good_quantity, scrap_quantity, pause_reason, scrap_reason,
				    note, operator, reported_by, happened_at, period_start, recorded_at, resource_id, equipment_id,
				    lot_id, lot_number)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), tenant.value(), r.clientReportId(), r.workOrderId(), r.workOrderNumber(), r.kind().name(),
					r.statusAfter().name(), r.goodQuantity(), r.scrapQuantity(), r.pauseReason(), r.scrapReason(),
					r.note(), r.operator(), r.reportedBy(), Timestamp.from(r.at()),
					(r.periodStart() != null) ? Timestamp.from(r.periodStart()) : null, Timestamp.from(r.recordedAt()),
					r.resourceId(), r.equipmentId(), r.lotId(), r.lotNumber())
			.update();
		int line = 0;
		for (Report.Consumption c : r.consumed()) {
			this.jdbc.sql("""
					INSERT INTO production_shopfloor_consumption (report_id, tenant_id, line_no, item_id, lot_number,
					    unit_id, quantity) VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(r.id(), tenant.value(), line++, c.itemId(), c.lotNumber(), c.unitId(), c.quantity())
				.update();
		}
	}

	/** Notes the genealogy step a report recorded. */
	void stepRecorded(TenantId tenant, UUID reportId, UUID stepId) {
		this.jdbc.sql("UPDATE production_shopfloor_report SET step_id = ? WHERE tenant_id = ? AND id = ?")
			.params(stepId, tenant.value(), reportId)
			.update();
	}

	private List<Report> withConsumption(TenantId tenant, List<Report> reports) {
		if (reports.isEmpty()) {
			return reports;
		}
		List<Object> params = new ArrayList<>();
		params.add(tenant.value());
		reports.forEach((r) -> params.add(r.id()));
		Map<UUID, List<Report.Consumption>> lines = new HashMap<>();
		this.jdbc
			.sql("SELECT * FROM production_shopfloor_consumption WHERE tenant_id = ? AND report_id IN ("
					+ String.join(", ", Collections.nCopies(reports.size(), "?")) + ") ORDER BY line_no")
			.params(params)
			.query((rs) -> {
				lines.computeIfAbsent(rs.getObject("report_id", UUID.class), (k) -> new ArrayList<>())
					.add(new Report.Consumption(rs.getObject("item_id", UUID.class), rs.getString("lot_number"),
							rs.getObject("unit_id", UUID.class), plain(rs.getBigDecimal("quantity"))));
			});
		return reports.stream()
			.map((r) -> new Report(r.id(), r.clientReportId(), r.workOrderId(), r.workOrderNumber(), r.kind(),
					r.statusAfter(), r.goodQuantity(), r.scrapQuantity(), r.pauseReason(), r.scrapReason(), r.note(),
					r.operator(), r.reportedBy(), r.at(), r.periodStart(), r.recordedAt(), r.resourceId(),
					r.equipmentId(), r.lotId(), r.lotNumber(), lines.getOrDefault(r.id(), List.of())))
			.toList();
	}

	private static Report row(ResultSet rs) throws SQLException {
		return new Report(rs.getObject("id", UUID.class), rs.getObject("client_report_id", UUID.class),
				rs.getObject("work_order_id", UUID.class), rs.getString("work_order_number"),
				ReportKind.valueOf(rs.getString("kind")), Status.valueOf(rs.getString("status_after")),
				plain(rs.getBigDecimal("good_quantity")), plain(rs.getBigDecimal("scrap_quantity")),
				rs.getString("pause_reason"), rs.getString("scrap_reason"), rs.getString("note"),
				rs.getString("operator"), rs.getString("reported_by"), rs.getTimestamp("happened_at").toInstant(),
				timestamp(rs, "period_start"), rs.getTimestamp("recorded_at").toInstant(),
				rs.getObject("resource_id", UUID.class), rs.getObject("equipment_id", UUID.class),
				rs.getObject("lot_id", UUID.class), rs.getString("lot_number"), List.of());
	}

	/** A quantity without trailing zeros, never in exponent notation (100, not 1E+2). */
	static BigDecimal plain(BigDecimal quantity) {
		BigDecimal stripped = quantity.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static @Nullable Instant timestamp(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return (t != null) ? t.toInstant() : null;
	}

	private static @Nullable Instant timestamp(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return (t != null) ? t.toInstant() : null;
	}

}
