package io.kaiwu.maintenance.usage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.equipment.MachineState;
import io.kaiwu.equipment.PartsCounted;
import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The maintenance_usage, maintenance_state_change and maintenance_parts_counted tables.
 */
@Repository
class UsageRecords {

	private static final RowMapper<UsageMeter> METER = (rs, row) -> new UsageMeter(
			rs.getObject("equipment_id", UUID.class), MachineState.valueOf(rs.getString("state")),
			rs.getTimestamp("state_since").toInstant(), rs.getLong("running_seconds"), rs.getLong("parts"));

	private static final RowMapper<StateChange> CHANGE = (rs, row) -> new StateChange(
			rs.getTimestamp("changed_at").toInstant(), MachineState.valueOf(rs.getString("state")));

	/**
	 * A machine's state from a moment on.
	 *
	 * @param at when it changed
	 * @param state the state it changed to
	 */
	record StateChange(Instant at, MachineState state) {
	}

	private final JdbcClient jdbc;

	UsageRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UsageMeter> find(TenantId tenant, UUID equipmentId) {
		return this.jdbc.sql("SELECT * FROM maintenance_usage WHERE tenant_id = ? AND equipment_id = ?")
			.params(tenant.value(), equipmentId)
			.query(METER)
			.optional();
	}

	/** The meter, made when missing and locked for the transaction. */
	UsageMeter lock(TenantId tenant, UUID equipmentId, MachineState state, Instant since) {
		this.jdbc.sql("""
				INSERT INTO maintenance_usage (equipment_id, tenant_id, state, state_since, running_seconds, parts,
				    updated_at)
				VALUES (?, ?, ?, ?, 0, 0, ?) ON CONFLICT DO NOTHING""")
			.params(equipmentId, tenant.value(), state.name(), Timestamp.from(since), Timestamp.from(Instant.now()))
			.update();
		return this.jdbc.sql("SELECT * FROM maintenance_usage WHERE tenant_id = ? AND equipment_id = ? FOR UPDATE")
			.params(tenant.value(), equipmentId)
			.query(METER)
			.single();
	}

	void update(TenantId tenant, UsageMeter meter) {
		this.jdbc.sql("""
				UPDATE maintenance_usage SET state = ?, state_since = ?, running_seconds = ?, parts = ?, updated_at = ?
				WHERE tenant_id = ? AND equipment_id = ?""")
			.params(meter.state().name(), Timestamp.from(meter.since()), meter.runningSeconds(), meter.parts(),
					Timestamp.from(Instant.now()), tenant.value(), meter.equipmentId())
			.update();
	}

	/** Keeps a part count by its id; false when it was counted already. */
	boolean insertCount(TenantId tenant, PartsCounted counted) {
		return this.jdbc.sql("""
				INSERT INTO maintenance_parts_counted (count_id, tenant_id, equipment_id, period_start, parts)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(counted.countId(), tenant.value(), counted.equipmentId(), Timestamp.from(counted.from()),
					counted.totalCount())
			.update() == 1;
	}

	/** The parts of the counts whose period starts in [from, to). */
	long partsBetween(TenantId tenant, UUID equipmentId, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT COALESCE(SUM(parts), 0) FROM maintenance_parts_counted
				WHERE tenant_id = ? AND equipment_id = ? AND period_start >= ? AND period_start < ?""")
			.params(tenant.value(), equipmentId, Timestamp.from(from), Timestamp.from(to))
			.query(Long.class)
			.single();
	}

	/** Keeps a state change; false when this moment was known already. */
	boolean insertChange(TenantId tenant, UUID equipmentId, StateChange change) {
		return this.jdbc.sql("""
				INSERT INTO maintenance_state_change (tenant_id, equipment_id, changed_at, state)
				VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(tenant.value(), equipmentId, Timestamp.from(change.at()), change.state().name())
			.update() == 1;
	}

	/** The latest change before a moment. */
	Optional<StateChange> before(TenantId tenant, UUID equipmentId, Instant at) {
		return this.jdbc.sql("""
				SELECT changed_at, state FROM maintenance_state_change
				WHERE tenant_id = ? AND equipment_id = ? AND changed_at < ? ORDER BY changed_at DESC LIMIT 1""")
			.params(tenant.value(), equipmentId, Timestamp.from(at))
			.query(CHANGE)
			.optional();
	}

	/** The earliest change after a moment. */
	Optional<StateChange> after(TenantId tenant, UUID equipmentId, Instant at) {
		return this.jdbc.sql("""
				SELECT changed_at, state FROM maintenance_state_change
				WHERE tenant_id = ? AND equipment_id = ? AND changed_at > ? ORDER BY changed_at LIMIT 1""")
			.params(tenant.value(), equipmentId, Timestamp.from(at))
			.query(CHANGE)
			.optional();
	}

	/** The changes in [from, to), in time order. */
	List<StateChange> between(TenantId tenant, UUID equipmentId, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT changed_at, state FROM maintenance_state_change
				WHERE tenant_id = ? AND equipment_id = ? AND changed_at >= ? AND changed_at < ? ORDER BY changed_at""")
			.params(tenant.value(), equipmentId, Timestamp.from(from), Timestamp.from(to))
			.query(CHANGE)
			.list();
	}

}
