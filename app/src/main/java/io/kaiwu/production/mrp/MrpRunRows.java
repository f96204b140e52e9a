package io.kaiwu.production.mrp;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.production.mrp.kernel.ItemRecord;
import io.kaiwu.production.mrp.kernel.MrpMessage;
import io.kaiwu.production.mrp.kernel.Peg;
import io.kaiwu.production.mrp.kernel.Procurement;
import io.kaiwu.production.stock.Quantities;
import io.kaiwu.shared.TenantId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The production_mrp_run table with its planned orders; the time-phased records and
 * messages are kept as JSON.
 */
@Repository
class MrpRunRows {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	MrpRunRows(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The records and messages, as stored. */
	record Stored(List<ItemRecord> items, List<MrpMessage> messages) {
	}

	void insert(TenantId tenant, MrpRun run) {
		this.jdbc.sql("""
				INSERT INTO production_mrp_run (id, tenant_id, number, plant_id, run_date, working_days, demand_count,
				    receipt_count, planning_count, item_count, planned_count, message_count, result, run_by, run_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(run.id(), tenant.value(), run.number(), run.plantId(), Date.valueOf(run.runDate()),
					run.workingDays(), run.inputs().demands(), run.inputs().receipts(), run.inputs().planningItems(),
					run.items().size(), run.plannedOrders().size(), run.messages().size(),
					this.json.writeValueAsString(new Stored(run.items(), run.messages())), run.runBy(),
					Timestamp.from(run.runAt()))
			.update();
		for (MrpRun.Planned p : run.plannedOrders()) {
			this.jdbc
				.sql("""
						INSERT INTO production_mrp_planned_order (run_id, order_no, tenant_id, item_id, procurement, quantity,
						    release_date, receipt_date, pegs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(run.id(), p.number(), tenant.value(), p.itemId(), p.procurement().name(), p.quantity(),
						Date.valueOf(p.releaseDate()), Date.valueOf(p.receiptDate()),
						this.json.writeValueAsString(p.pegs()))
				.update();
		}
	}

	Optional<MrpRun> find(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM production_mrp_run WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query((rs, row) -> run(tenant, rs))
			.optional();
	}

	/** The latest runs, newest first, without their records. */
	List<MrpRun> latest(TenantId tenant, int limit) {
		return this.jdbc.sql("SELECT * FROM production_mrp_run WHERE tenant_id = ? ORDER BY run_at DESC LIMIT ?")
			.params(tenant.value(), limit)
			.query((rs, row) -> new MrpRun(rs.getObject("id", UUID.class), rs.getString("number"),
					rs.getObject("plant_id", UUID.class), rs.getDate("run_date").toLocalDate(),
					rs.getBoolean("working_days"), inputs(rs), rs.getString("run_by"),
					rs.getTimestamp("run_at").toInstant(), List.of(), List.of(), List.of()))
			.list();
	}

	/** The planned order, locked until the transaction ends. */
	Optional<MrpRun.Planned> lockPlanned(TenantId tenant, UUID runId, int number) {
		return this.jdbc.sql("""
				SELECT * FROM production_mrp_planned_order WHERE tenant_id = ? AND run_id = ? AND order_no = ?
				FOR UPDATE""").params(tenant.value(), runId, number).query((rs, row) -> planned(rs)).optional();
	}

	void firmed(TenantId tenant, UUID runId, int number, String as) {
		this.jdbc
			.sql("""
					UPDATE production_mrp_planned_order SET firmed_as = ? WHERE tenant_id = ? AND run_id = ? AND order_no = ?""")
			.params(as, tenant.value(), runId, number)
			.update();
	}

	private MrpRun run(TenantId tenant, ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Stored stored = this.json.readValue(rs.getString("result"), Stored.class);
		List<MrpRun.Planned> planned = this.jdbc
			.sql("SELECT * FROM production_mrp_planned_order WHERE tenant_id = ? AND run_id = ? ORDER BY order_no")
			.params(tenant.value(), id)
			.query((r, row) -> planned(r))
			.list();
		return new MrpRun(id, rs.getString("number"), rs.getObject("plant_id", UUID.class),
				rs.getDate("run_date").toLocalDate(), rs.getBoolean("working_days"), inputs(rs), rs.getString("run_by"),
				rs.getTimestamp("run_at").toInstant(), stored.items(), planned, stored.messages());
	}

	private static MrpRun.Inputs inputs(ResultSet rs) throws SQLException {
		return new MrpRun.Inputs(rs.getInt("demand_count"), rs.getInt("receipt_count"), rs.getInt("planning_count"));
	}

	private MrpRun.Planned planned(ResultSet rs) throws SQLException {
		return new MrpRun.Planned(rs.getInt("order_no"), rs.getObject("item_id", UUID.class),
				Procurement.valueOf(rs.getString("procurement")), Quantities.plain(rs.getBigDecimal("quantity")),
				rs.getDate("release_date").toLocalDate(), rs.getDate("receipt_date").toLocalDate(),
				this.json.readValue(rs.getString("pegs"), new TypeReference<List<Peg>>() {
				}), rs.getString("firmed_as"));
	}

}
