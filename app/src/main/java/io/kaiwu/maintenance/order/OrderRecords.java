package io.kaiwu.maintenance.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.maintenance.PlannedMaintenance;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The maintenance_order table and its children (checklist, parts, labour). Every query
 * names the tenant first.
 */
@Repository
class OrderRecords {

	private static final RowMapper<ChecklistItem> CHECKLIST = (rs, row) -> new ChecklistItem(
			rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("text"), rs.getBoolean("done"),
			rs.getString("done_by"), instant(rs, "done_at"));

	private static final RowMapper<PartUsed> PART = (rs, row) -> new PartUsed(rs.getObject("id", UUID.class),
			rs.getObject("item_id", UUID.class), rs.getString("item_code"), rs.getString("item_name"),
			rs.getBigDecimal("quantity").stripTrailingZeros(), rs.getString("unit"), rs.getString("recorded_by"),
			rs.getTimestamp("recorded_at").toInstant());

	private static final RowMapper<LabourEntry> LABOUR = (rs, row) -> new LabourEntry(rs.getObject("id", UUID.class),
			rs.getString("person"), rs.getInt("minutes"), rs.getString("recorded_by"),
			rs.getTimestamp("recorded_at").toInstant());

	private final JdbcClient jdbc;

	OrderRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One order with its checklist, parts and labour; locked for the transaction. */
	Optional<MaintenanceOrder> find(TenantId tenant, UUID id, boolean lock) {
		return this.jdbc
			.sql("SELECT * FROM maintenance_order WHERE tenant_id = ? AND id = ?" + (lock ? " FOR UPDATE" : ""))
			.params(tenant.value(), id)
			.query((rs, row) -> order(rs, Children.NONE))
			.optional()
			.map((o) -> withChildren(o, children(tenant, id)));
	}

	List<MaintenanceOrder> page(TenantId tenant, OrderFilter filter, PageQuery page) {
		List<Object> params = new ArrayList<>();
		String where = where(tenant, filter, params);
		params.add(page.size());
		params.add(page.offset());
		return this.jdbc
			.sql("SELECT * FROM maintenance_order" + where + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
			.params(params)
			.query((rs, row) -> order(rs, Children.NONE))
			.list();
	}

	long count(TenantId tenant, OrderFilter filter) {
		List<Object> params = new ArrayList<>();
		String where = where(tenant, filter, params);
		return this.jdbc.sql("SELECT COUNT(*) FROM maintenance_order" + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	/** Orders of some machines whose planned time overlaps a period, for the calendar. */
	List<MaintenanceOrder> planned(TenantId tenant, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT * FROM maintenance_order WHERE tenant_id = ? AND state <> 'CANCELLED'
				AND planned_start < ? AND COALESCE(planned_end, planned_start) >= ?
				ORDER BY planned_start, id""")
			.params(tenant.value(), Timestamp.from(to), Timestamp.from(from))
			.query((rs, row) -> order(rs, Children.NONE))
			.list();
	}

	/**
	 * Whether one of the machines has an order not cancelled whose maintenance window
	 * covers the moment; a closed order's window ends when it was closed.
	 */
	boolean windowOpen(TenantId tenant, Collection<UUID> equipment, Instant at) {
		if (equipment.isEmpty()) {
			return false;
		}
		List<Object> params = new ArrayList<>();
		params.add(tenant.value());
		params.addAll(equipment);
		Timestamp moment = Timestamp.from(at);
		params.add(moment);
		params.add(moment);
		params.add(moment);
		String marks = String.join(", ", java.util.Collections.nCopies(equipment.size(), "?"));
		return this.jdbc
			.sql("SELECT COUNT(*) FROM maintenance_order WHERE tenant_id = ? AND equipment_id IN (" + marks
					+ ") AND suppress_alarms AND state <> 'CANCELLED' AND planned_start <= ? AND planned_end > ?"
					+ " AND (finished_at IS NULL OR finished_at > ?)")
			.params(params)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The planned windows of one machine's orders that are still open or in progress and
	 * overlap {@code [from, to)}, clipped to it, by start.
	 */
	List<PlannedMaintenance.Window> plannedWindows(TenantId tenant, UUID equipmentId, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT id, title, planned_start, planned_end FROM maintenance_order
				WHERE tenant_id = ? AND equipment_id = ? AND state IN ('OPEN', 'IN_PROGRESS')
				AND planned_start IS NOT NULL AND planned_end IS NOT NULL AND planned_start < ? AND planned_end > ?
				ORDER BY planned_start, id""")
			.params(tenant.value(), equipmentId, Timestamp.from(to), Timestamp.from(from))
			.query((rs, row) -> {
				Instant start = rs.getTimestamp("planned_start").toInstant();
				Instant end = rs.getTimestamp("planned_end").toInstant();
				return new PlannedMaintenance.Window(rs.getObject("id", UUID.class), rs.getString("title"),
						start.isBefore(from) ? from : start, end.isAfter(to) ? to : end);
			})
			.list();
	}

	/** Whether a plan has an order that is not yet done or cancelled. */
	boolean planHasOpenOrder(TenantId tenant, UUID planId) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM maintenance_order WHERE tenant_id = ? AND plan_id = ?"
					+ " AND state IN ('OPEN', 'IN_PROGRESS')")
			.params(tenant.value(), planId)
			.query(Long.class)
			.single() > 0;
	}

	void insert(MaintenanceOrder o) {
		this.jdbc.sql("""
				INSERT INTO maintenance_order (id, tenant_id, kind, state, equipment_id, title, description, priority,
				    assignee, planned_start, planned_end, suppress_alarms, breakdown, alarm_id, alarm_text, plan_id,
				    closure_notes, created_by, created_at, started_by, started_at, finished_by, finished_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(o.id(), o.tenant().value(), o.kind().name(), o.state().name(), o.equipmentId(), o.title(),
					o.description(), o.priority().name(), o.assignee(), ts(o.plannedStart()), ts(o.plannedEnd()),
					o.suppressAlarms(), o.breakdown(), o.alarmId(), o.alarmText(), o.planId(), o.closureNotes(),
					o.createdBy(), ts(o.createdAt()), o.startedBy(), ts(o.startedAt()), o.finishedBy(),
					ts(o.finishedAt()), ts(o.updatedAt()))
			.update();
		for (ChecklistItem item : o.checklist()) {
			insertChecklist(o.tenant(), o.id(), item);
		}
	}

	void update(MaintenanceOrder o) {
		this.jdbc.sql("""
				UPDATE maintenance_order SET state = ?, title = ?, description = ?, priority = ?, assignee = ?,
				    planned_start = ?, planned_end = ?, suppress_alarms = ?, breakdown = ?, closure_notes = ?,
				    started_by = ?, started_at = ?, finished_by = ?, finished_at = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(o.state().name(), o.title(), o.description(), o.priority().name(), o.assignee(),
					ts(o.plannedStart()), ts(o.plannedEnd()), o.suppressAlarms(), o.breakdown(), o.closureNotes(),
					o.startedBy(), ts(o.startedAt()), o.finishedBy(), ts(o.finishedAt()), ts(o.updatedAt()),
					o.tenant().value(), o.id())
			.update();
	}

	void delete(TenantId tenant, UUID id) {
		this.jdbc.sql("DELETE FROM maintenance_order WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.update();
	}

	void insertChecklist(TenantId tenant, UUID orderId, ChecklistItem item) {
		this.jdbc.sql("""
				INSERT INTO maintenance_checklist_item (id, tenant_id, order_id, position, text, done, done_by, done_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(item.id(), tenant.value(), orderId, item.position(), item.text(), item.done(), item.doneBy(),
					ts(item.doneAt()))
			.update();
	}

	void updateChecklist(TenantId tenant, ChecklistItem item) {
		this.jdbc.sql(
				"UPDATE maintenance_checklist_item SET done = ?, done_by = ?, done_at = ? WHERE tenant_id = ? AND id = ?")
			.params(item.done(), item.doneBy(), ts(item.doneAt()), tenant.value(), item.id())
			.update();
	}

	void insertPart(TenantId tenant, UUID orderId, PartUsed part) {
		this.jdbc
			.sql("""
					INSERT INTO maintenance_part_used (id, tenant_id, order_id, item_id, item_code, item_name, quantity, unit,
					    recorded_by, recorded_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(part.id(), tenant.value(), orderId, part.itemId(), part.itemCode(), part.itemName(),
					part.quantity(), part.unit(), part.recordedBy(), ts(part.recordedAt()))
			.update();
	}

	void insertLabour(TenantId tenant, UUID orderId, LabourEntry entry) {
		this.jdbc.sql("""
				INSERT INTO maintenance_labour (id, tenant_id, order_id, person, minutes, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(entry.id(), tenant.value(), orderId, entry.person(), entry.minutes(), entry.recordedBy(),
					ts(entry.recordedAt()))
			.update();
	}

	/** Deletes one checklist step, part or labour entry. */
	void deleteChild(TenantId tenant, OrderChild child, UUID id) {
		// the table name is the enum's constant, never input
		this.jdbc.sql("DELETE FROM " + child.table() + " WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.update();
	}

	private record Children(List<ChecklistItem> checklist, List<PartUsed> parts, List<LabourEntry> labour) {

		static final Children NONE = new Children(List.of(), List.of(), List.of());

	}

	private Children children(TenantId tenant, UUID orderId) {
		return new Children(this.jdbc
			.sql("SELECT * FROM maintenance_checklist_item WHERE tenant_id = ? AND order_id = ? ORDER BY position, id")
			.params(tenant.value(), orderId)
			.query(CHECKLIST)
			.list(),
				this.jdbc.sql(
						"SELECT * FROM maintenance_part_used WHERE tenant_id = ? AND order_id = ? ORDER BY recorded_at, id")
					.params(tenant.value(), orderId)
					.query(PART)
					.list(),
				this.jdbc.sql(
						"SELECT * FROM maintenance_labour WHERE tenant_id = ? AND order_id = ? ORDER BY recorded_at, id")
					.params(tenant.value(), orderId)
					.query(LABOUR)
					.list());
	}

	private static String where(TenantId tenant, OrderFilter filter, List<Object> params) {
		StringBuilder where = new StringBuilder(" WHERE tenant_id = ?");
		params.add(tenant.value());
		if (filter.equipmentId() != null) {
			where.append(" AND equipment_id = ?");
			params.add(filter.equipmentId());
		}
		if (filter.state() != null) {
			where.append(" AND state = ?");
			params.add(filter.state().name());
		}
		if (filter.kind() != null) {
			where.append(" AND kind = ?");
			params.add(filter.kind().name());
		}
		return where.toString();
	}

	private static MaintenanceOrder withChildren(MaintenanceOrder o, Children c) {
		return new MaintenanceOrder(o.id(), o.tenant(), o.kind(), o.state(), o.equipmentId(), o.title(),
				o.description(), o.priority(), o.assignee(), o.plannedStart(), o.plannedEnd(), o.suppressAlarms(),
				o.breakdown(), o.alarmId(), o.alarmText(), o.planId(), o.closureNotes(), o.createdBy(), o.createdAt(),
				o.startedBy(), o.startedAt(), o.finishedBy(), o.finishedAt(), o.updatedAt(), c.checklist(), c.parts(),
				c.labour());
	}

	private static MaintenanceOrder order(ResultSet rs, Children children) throws SQLException {
		return new MaintenanceOrder(rs.getObject("id", UUID.class), TenantId.of(rs.getObject("tenant_id", UUID.class)),
				OrderKind.valueOf(rs.getString("kind")), OrderState.valueOf(rs.getString("state")),
				rs.getObject("equipment_id", UUID.class), rs.getString("title"), rs.getString("description"),
				OrderPriority.valueOf(rs.getString("priority")), rs.getString("assignee"), instant(rs, "planned_start"),
				instant(rs, "planned_end"), rs.getBoolean("suppress_alarms"), rs.getBoolean("breakdown"),
				rs.getObject("alarm_id", UUID.class), rs.getString("alarm_text"), rs.getObject("plan_id", UUID.class),
				rs.getString("closure_notes"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				rs.getString("started_by"), instant(rs, "started_at"), rs.getString("finished_by"),
				instant(rs, "finished_at"), rs.getTimestamp("updated_at").toInstant(), children.checklist(),
				children.parts(), children.labour());
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
