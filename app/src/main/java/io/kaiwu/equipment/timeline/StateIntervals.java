package io.kaiwu.equipment.timeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.equipment.MachineState;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code machine_state_interval}. */
@Repository
public class StateIntervals {

	private static final RowMapper<StateInterval> INTERVAL = (rs, n) -> {
		Timestamp ended = rs.getTimestamp("ended_at");
		return new StateInterval(rs.getObject("id", UUID.class), TenantId.of(rs.getObject("tenant_id", UUID.class)),
				rs.getObject("equipment_id", UUID.class), MachineState.valueOf(rs.getString("state")),
				rs.getTimestamp("started_at").toInstant(), (ended != null) ? ended.toInstant() : null,
				rs.getObject("reason_id", UUID.class));
	};

	private final JdbcClient jdbc;

	StateIntervals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The state a machine is in now: its open interval. */
	public Optional<StateInterval> open(TenantId tenant, UUID equipmentId) {
		return this.jdbc.sql("""
				SELECT * FROM machine_state_interval WHERE tenant_id = ? AND equipment_id = ? AND ended_at IS NULL
				ORDER BY started_at DESC LIMIT 1""").params(tenant.value(), equipmentId).query(INTERVAL).optional();
	}

	public Optional<StateInterval> find(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM machine_state_interval WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(INTERVAL)
			.optional();
	}

	/** The intervals of a machine that overlap {@code [from, to)}, oldest first. */
	public List<StateInterval> overlapping(TenantId tenant, UUID equipmentId, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT * FROM machine_state_interval WHERE tenant_id = ? AND equipment_id = ?
				  AND started_at < ? AND (ended_at IS NULL OR ended_at > ?)
				ORDER BY started_at""")
			.params(tenant.value(), equipmentId, Timestamp.from(to), Timestamp.from(from))
			.query(INTERVAL)
			.list();
	}

	/**
	 * The stops (given states) of some machines that began in {@code [from, to)}, newest
	 * first.
	 */
	public List<StateInterval> stops(TenantId tenant, List<UUID> equipment, List<MachineState> states, Instant from,
			Instant to, int limit) {
		if (equipment.isEmpty() || states.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT * FROM machine_state_interval WHERE tenant_id = :tenant AND equipment_id IN (:equipment)
				  AND state IN (:states) AND started_at >= :from AND started_at < :to
				ORDER BY started_at DESC LIMIT :limit""")
			.param("tenant", tenant.value())
			.param("equipment", equipment)
			.param("states", states.stream().map(Enum::name).toList())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("limit", limit)
			.query(INTERVAL)
			.list();
	}

	void start(StateInterval interval) {
		this.jdbc.sql("""
				INSERT INTO machine_state_interval (id, tenant_id, equipment_id, state, started_at, ended_at, reason_id)
				VALUES (?, ?, ?, ?, ?, NULL, NULL)""")
			.params(interval.id(), interval.tenant().value(), interval.equipmentId(), interval.state().name(),
					Timestamp.from(interval.startedAt()))
			.update();
	}

	/** Ends the machine's open interval at {@code at}. */
	void end(TenantId tenant, UUID equipmentId, Instant at) {
		this.jdbc.sql("""
				UPDATE machine_state_interval SET ended_at = ?
				WHERE tenant_id = ? AND equipment_id = ? AND ended_at IS NULL""")
			.params(Timestamp.from(at), tenant.value(), equipmentId)
			.update();
	}

	/** Sets the downtime reason of an interval. */
	public void reason(TenantId tenant, UUID id, @Nullable UUID reasonId) {
		this.jdbc.sql("UPDATE machine_state_interval SET reason_id = ? WHERE tenant_id = ? AND id = ?")
			.params(reasonId, tenant.value(), id)
			.update();
	}

}
