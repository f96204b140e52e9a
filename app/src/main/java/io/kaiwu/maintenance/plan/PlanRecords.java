package io.kaiwu.maintenance.plan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.maintenance.kernel.CalendarUnit;
import io.kaiwu.maintenance.order.OrderPriority;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The maintenance_plan table; every query names the tenant first (but the due check). */
@Repository
class PlanRecords {

	private final JdbcClient jdbc;

	PlanRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<MaintenancePlan> find(TenantId tenant, UUID id, boolean lock) {
		return this.jdbc
			.sql("SELECT * FROM maintenance_plan WHERE tenant_id = ? AND id = ?" + (lock ? " FOR UPDATE" : ""))
			.params(tenant.value(), id)
			.query((rs, row) -> plan(rs))
			.optional();
	}

	List<MaintenancePlan> page(TenantId tenant, @Nullable UUID equipmentId, PageQuery page) {
		List<Object> params = new ArrayList<>();
		String where = where(tenant, equipmentId, params);
		params.add(page.size());
		params.add(page.offset());
		return this.jdbc.sql("SELECT * FROM maintenance_plan" + where + " ORDER BY name, id LIMIT ? OFFSET ?")
			.params(params)
			.query((rs, row) -> plan(rs))
			.list();
	}

	long count(TenantId tenant, @Nullable UUID equipmentId) {
		List<Object> params = new ArrayList<>();
		String where = where(tenant, equipmentId, params);
		return this.jdbc.sql("SELECT COUNT(*) FROM maintenance_plan" + where).params(params).query(Long.class).single();
	}

	/** Active usage plans of a machine, locked. */
	List<MaintenancePlan> lockUsagePlans(TenantId tenant, UUID equipmentId) {
		return this.jdbc.sql("""
				SELECT * FROM maintenance_plan WHERE tenant_id = ? AND equipment_id = ? AND active
				AND trigger_kind IN ('RUNTIME', 'COUNTER') ORDER BY id FOR UPDATE""")
			.params(tenant.value(), equipmentId)
			.query((rs, row) -> plan(rs))
			.list();
	}

	/** Ids of active calendar plans of every tenant due on or before a day. */
	List<Due> dueCalendarPlans(LocalDate day) {
		return this.jdbc.sql("""
				SELECT tenant_id, id FROM maintenance_plan WHERE trigger_kind = 'CALENDAR' AND active
				AND next_due_on <= ? ORDER BY next_due_on, id""")
			.param(Date.valueOf(day))
			.query((rs, row) -> new Due(TenantId.of(rs.getObject("tenant_id", UUID.class)),
					rs.getObject("id", UUID.class)))
			.list();
	}

	/** Ids of active runtime plans of every tenant whose machine is running now. */
	List<Due> activeRuntimePlans() {
		return this.jdbc.sql("""
				SELECT p.tenant_id, p.id FROM maintenance_plan p
				JOIN maintenance_usage u ON u.tenant_id = p.tenant_id AND u.equipment_id = p.equipment_id
				WHERE p.trigger_kind = 'RUNTIME' AND p.active AND u.state = 'RUNNING' ORDER BY p.id""")
			.query((rs, row) -> new Due(TenantId.of(rs.getObject("tenant_id", UUID.class)),
					rs.getObject("id", UUID.class)))
			.list();
	}

	record Due(TenantId tenant, UUID planId) {
	}

	/** A tenant's active plans: calendar ones due up to a day, and every usage plan. */
	List<MaintenancePlan> active(TenantId tenant) {
		return this.jdbc.sql("SELECT * FROM maintenance_plan WHERE tenant_id = ? AND active ORDER BY name, id")
			.param(tenant.value())
			.query((rs, row) -> plan(rs))
			.list();
	}

	void insert(MaintenancePlan p) {
		this.jdbc.sql("""
				INSERT INTO maintenance_plan (id, tenant_id, equipment_id, name, description, trigger_kind, every_n,
				    calendar_unit, start_on, usage_baseline, next_due_on, next_due_usage, checklist, priority, assignee,
				    window_minutes, suppress_alarms, active, last_order_id, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.id(), p.tenant().value(), p.equipmentId(), p.name(), p.description(), p.trigger().name(),
					p.every(), (p.calendarUnit() != null) ? p.calendarUnit().name() : null, date(p.startOn()),
					p.usageBaseline(), date(p.nextDueOn()), p.nextDueUsage(), String.join("\n", p.checklist()),
					p.priority().name(), p.assignee(), p.windowMinutes(), p.suppressAlarms(), p.active(),
					p.lastOrderId(), Timestamp.from(p.createdAt()), Timestamp.from(p.updatedAt()))
			.update();
	}

	void update(MaintenancePlan p) {
		this.jdbc.sql("""
				UPDATE maintenance_plan SET equipment_id = ?, name = ?, description = ?, trigger_kind = ?, every_n = ?,
				    calendar_unit = ?, start_on = ?, usage_baseline = ?, next_due_on = ?, next_due_usage = ?,
				    checklist = ?, priority = ?, assignee = ?, window_minutes = ?, suppress_alarms = ?, active = ?,
				    last_order_id = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(p.equipmentId(), p.name(), p.description(), p.trigger().name(), p.every(),
					(p.calendarUnit() != null) ? p.calendarUnit().name() : null, date(p.startOn()), p.usageBaseline(),
					date(p.nextDueOn()), p.nextDueUsage(), String.join("\n", p.checklist()), p.priority().name(),
					p.assignee(), p.windowMinutes(), p.suppressAlarms(), p.active(), p.lastOrderId(),
					Timestamp.from(p.updatedAt()), p.tenant().value(), p.id())
			.update();
	}

	void delete(TenantId tenant, UUID id) {
		this.jdbc.sql("DELETE FROM maintenance_plan WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.update();
	}

	private static String where(TenantId tenant, @Nullable UUID equipmentId, List<Object> params) {
		params.add(tenant.value());
		if (equipmentId == null) {
			return " WHERE tenant_id = ?";
		}
		params.add(equipmentId);
		return " WHERE tenant_id = ? AND equipment_id = ?";
	}

	private static MaintenancePlan plan(ResultSet rs) throws SQLException {
		String unit = rs.getString("calendar_unit");
		String checklist = rs.getString("checklist");
		return new MaintenancePlan(rs.getObject("id", UUID.class), TenantId.of(rs.getObject("tenant_id", UUID.class)),
				rs.getObject("equipment_id", UUID.class), rs.getString("name"), rs.getString("description"),
				TriggerKind.valueOf(rs.getString("trigger_kind")), rs.getInt("every_n"),
				(unit != null) ? CalendarUnit.valueOf(unit) : null, localDate(rs, "start_on"),
				rs.getObject("usage_baseline", Long.class), localDate(rs, "next_due_on"),
				rs.getObject("next_due_usage", Long.class),
				checklist.isEmpty() ? List.of() : Arrays.asList(checklist.split("\n")),
				OrderPriority.valueOf(rs.getString("priority")), rs.getString("assignee"),
				rs.getObject("window_minutes", Integer.class), rs.getBoolean("suppress_alarms"),
				rs.getBoolean("active"), rs.getObject("last_order_id", UUID.class),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private static @Nullable LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date value = rs.getDate(column);
		return (value != null) ? value.toLocalDate() : null;
	}

	private static @Nullable Date date(@Nullable LocalDate day) {
		return (day != null) ? Date.valueOf(day) : null;
	}

}
