package io.kaiwu.maintenance.usage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.equipment.MachineState;
import io.kaiwu.maintenance.kernel.Period;
import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The maintenance_usage and maintenance_running tables. */
@Repository
class UsageRecords {

	private static final RowMapper<UsageMeter> METER = (rs, row) -> new UsageMeter(
			rs.getObject("equipment_id", UUID.class), MachineState.valueOf(rs.getString("state")),
			rs.getTimestamp("state_since").toInstant(), rs.getLong("running_seconds"), rs.getLong("parts"));

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

	void insertRunning(TenantId tenant, UUID equipmentId, Instant start, Instant end) {
		this.jdbc.sql("""
				INSERT INTO maintenance_running (id, tenant_id, equipment_id, started_at, ended_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), tenant.value(), equipmentId, Timestamp.from(start), Timestamp.from(end))
			.update();
	}

	/** Finished running periods that overlap [from, to). */
	List<Period> running(TenantId tenant, UUID equipmentId, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT started_at, ended_at FROM maintenance_running
				WHERE tenant_id = ? AND equipment_id = ? AND started_at < ? AND ended_at > ?
				ORDER BY started_at""")
			.params(tenant.value(), equipmentId, Timestamp.from(to), Timestamp.from(from))
			.query((rs, row) -> new Period(rs.getTimestamp("started_at").toInstant(),
					rs.getTimestamp("ended_at").toInstant()))
			.list();
	}

}
