package io.kaiwu.production.planning;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.production.planning.StoredSchedule.Change;
import io.kaiwu.production.planning.StoredSchedule.Kpis;
import io.kaiwu.production.planning.StoredSchedule.Outcome;
import io.kaiwu.production.planning.StoredSchedule.Placed;
import io.kaiwu.production.planning.kernel.PlannedOperation;
import io.kaiwu.production.planning.kernel.ProblemTranslation.OrderOutcome;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Schedules with their operations, order outcomes and changes, per tenant. */
@Repository
class ScheduleRecords {

	private final JdbcClient jdbc;

	ScheduleRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next running number; the caller holds the tenant's planning lock. */
	int nextNumber(TenantId tenant) {
		Integer last = this.jdbc.sql("SELECT MAX(number) FROM production_schedule WHERE tenant_id = ?")
			.params(tenant.value())
			.query(Integer.class)
			.optional()
			.orElse(null);
		return (last == null) ? 1 : last + 1;
	}

	void insert(TenantId tenant, StoredSchedule s) {
		this.jdbc.sql("""
				INSERT INTO production_schedule (id, tenant_id, number, status, reason, based_on, note, origin_at,
				freeze_until, solver_status, solve_millis, makespan_minutes, total_setup_minutes, weighted_tardiness,
				on_time_rate, utilisation, created_by, created_at, activated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(s.id(), tenant.value(), s.number(), s.status().name(), s.reason().name(), s.basedOn(), s.note(),
					Timestamp.from(s.origin()), Timestamp.from(s.freezeUntil()), s.solverStatus(), s.solveMillis(),
					s.kpis().makespanMinutes(), s.kpis().totalSetupMinutes(), s.kpis().weightedTardiness(),
					s.kpis().onTimeRate(), s.kpis().utilisation(), s.createdBy(), Timestamp.from(s.createdAt()),
					timestamp(s.activatedAt()))
			.update();
		insertOperations(tenant, s.id(), s.operations());
		for (Outcome o : s.orders()) {
			OrderOutcome outcome = o.outcome();
			this.jdbc.sql("""
					INSERT INTO production_schedule_order (schedule_id, production_order_id, tenant_id, completion_at,
					due_at, tardiness_minutes, late, newly_at_risk) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(s.id(), outcome.productionOrderId(), tenant.value(), Timestamp.from(outcome.completion()),
						Timestamp.from(outcome.due()), outcome.tardinessMinutes(), outcome.late(), o.newlyAtRisk())
				.update();
		}
		for (Change c : s.changes()) {
			this.jdbc.sql("""
					INSERT INTO production_schedule_change (schedule_id, work_order_id, tenant_id, production_order_id,
					old_resource_id, old_start_at, new_resource_id, new_start_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(s.id(), c.workOrderId(), tenant.value(), c.productionOrderId(), c.oldResourceId(),
						timestamp(c.oldStart()), c.newResourceId(), Timestamp.from(c.newStart()))
				.update();
		}
	}

	private void insertOperations(TenantId tenant, UUID scheduleId, List<Placed> operations) {
		for (Placed p : operations) {
			PlannedOperation op = p.operation();
			this.jdbc.sql("""
					INSERT INTO production_schedule_operation (schedule_id, work_order_id, tenant_id,
					production_order_id, resource_id, start_at, end_at, setup_minutes, moved_by_hand)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(scheduleId, op.workOrderId(), tenant.value(), op.productionOrderId(), op.resourceId(),
						Timestamp.from(op.start()), Timestamp.from(op.end()), op.setupMinutes(), p.movedByHand())
				.update();
		}
	}

	/** Puts one operation somewhere else (a planner dragged it). */
	void move(TenantId tenant, UUID scheduleId, PlannedOperation moved) {
		this.jdbc.sql("""
				UPDATE production_schedule_operation SET resource_id = ?, start_at = ?, end_at = ?, moved_by_hand = TRUE
				WHERE tenant_id = ? AND schedule_id = ? AND work_order_id = ?""")
			.params(moved.resourceId(), Timestamp.from(moved.start()), Timestamp.from(moved.end()), tenant.value(),
					scheduleId, moved.workOrderId())
			.update();
	}

	void status(TenantId tenant, UUID scheduleId, ScheduleStatus status, @Nullable Instant activatedAt) {
		this.jdbc.sql("""
				UPDATE production_schedule SET status = ?, activated_at = COALESCE(?, activated_at)
				WHERE tenant_id = ? AND id = ?""")
			.params(status.name(), timestamp(activatedAt), tenant.value(), scheduleId)
			.update();
	}

	Optional<UUID> activeId(TenantId tenant) {
		return this.jdbc.sql("SELECT id FROM production_schedule WHERE tenant_id = ? AND status = 'ACTIVE'")
			.params(tenant.value())
			.query(UUID.class)
			.optional();
	}

	/** The work orders' operations in the active schedule, by work order. */
	Map<UUID, PlannedOperation> planned(TenantId tenant, Collection<UUID> workOrderIds) {
		if (workOrderIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, PlannedOperation> planned = new HashMap<>();
		this.jdbc.sql("""
				SELECT o.* FROM production_schedule_operation o JOIN production_schedule s ON s.id = o.schedule_id
				WHERE s.tenant_id = :tenant AND s.status = 'ACTIVE' AND o.work_order_id IN (:workOrders)""")
			.param("tenant", tenant.value())
			.param("workOrders", List.copyOf(workOrderIds))
			.query((rs, n) -> new PlannedOperation(rs.getObject("production_order_id", UUID.class),
					rs.getObject("work_order_id", UUID.class), rs.getObject("resource_id", UUID.class),
					rs.getTimestamp("start_at").toInstant(), rs.getTimestamp("end_at").toInstant(),
					rs.getInt("setup_minutes")))
			.list()
			.forEach((op) -> planned.put(op.workOrderId(), op));
		return planned;
	}

	/** A tenant's schedules, newest first, without their rows. */
	List<StoredSchedule> list(TenantId tenant, int limit) {
		return this.jdbc.sql("SELECT * FROM production_schedule WHERE tenant_id = ? ORDER BY number DESC LIMIT ?")
			.params(tenant.value(), limit)
			.query((rs, n) -> header(rs, List.of(), List.of(), List.of()))
			.list();
	}

	Optional<StoredSchedule> find(TenantId tenant, UUID id) {
		List<Placed> operations = this.jdbc.sql("""
				SELECT * FROM production_schedule_operation WHERE tenant_id = ? AND schedule_id = ?
				ORDER BY start_at, resource_id""")
			.params(tenant.value(), id)
			.query((rs,
					n) -> new Placed(new PlannedOperation(rs.getObject("production_order_id", UUID.class),
							rs.getObject("work_order_id", UUID.class), rs.getObject("resource_id", UUID.class),
							rs.getTimestamp("start_at").toInstant(), rs.getTimestamp("end_at").toInstant(),
							rs.getInt("setup_minutes")), rs.getBoolean("moved_by_hand")))
			.list();
		List<Outcome> orders = this.jdbc.sql("""
				SELECT * FROM production_schedule_order WHERE tenant_id = ? AND schedule_id = ?
				ORDER BY late DESC, due_at""")
			.params(tenant.value(), id)
			.query((rs, n) -> new Outcome(new OrderOutcome(rs.getObject("production_order_id", UUID.class),
					rs.getTimestamp("completion_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
					rs.getInt("tardiness_minutes"), rs.getBoolean("late")), rs.getBoolean("newly_at_risk")))
			.list();
		List<Change> changes = this.jdbc.sql("""
				SELECT * FROM production_schedule_change WHERE tenant_id = ? AND schedule_id = ?
				ORDER BY new_start_at, work_order_id""")
			.params(tenant.value(), id)
			.query((rs, n) -> new Change(rs.getObject("work_order_id", UUID.class),
					rs.getObject("production_order_id", UUID.class), rs.getObject("old_resource_id", UUID.class),
					instant(rs.getTimestamp("old_start_at")), rs.getObject("new_resource_id", UUID.class),
					rs.getTimestamp("new_start_at").toInstant()))
			.list();
		return this.jdbc.sql("SELECT * FROM production_schedule WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query((rs, n) -> header(rs, operations, orders, changes))
			.optional();
	}

	private static StoredSchedule header(ResultSet rs, List<Placed> operations, List<Outcome> orders,
			List<Change> changes) throws SQLException {
		return new StoredSchedule(rs.getObject("id", UUID.class), rs.getInt("number"),
				ScheduleStatus.valueOf(rs.getString("status")), ScheduleReason.valueOf(rs.getString("reason")),
				rs.getObject("based_on", UUID.class), rs.getString("note"), rs.getTimestamp("origin_at").toInstant(),
				rs.getTimestamp("freeze_until").toInstant(), rs.getString("solver_status"), rs.getLong("solve_millis"),
				new Kpis(rs.getInt("makespan_minutes"), rs.getInt("total_setup_minutes"),
						rs.getLong("weighted_tardiness"), rs.getBigDecimal("on_time_rate"),
						rs.getBigDecimal("utilisation")),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				instant(rs.getTimestamp("activated_at")), operations, orders, changes);
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	static BigDecimal share(double value) {
		return BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP);
	}

}
