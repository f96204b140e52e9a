package io.kaiwu.maintenance.usage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.equipment.DowntimeEnded;
import io.kaiwu.equipment.MachineState;
import io.kaiwu.maintenance.kernel.Period;
import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The failures of each machine: every unplanned stop in state DOWN that ended, kept once
 * per machine and start.
 */
@Component
class Failures {

	private final JdbcClient jdbc;

	Failures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(DowntimeEnded ended) {
		if (ended.state() != MachineState.DOWN) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO maintenance_failure (id, tenant_id, equipment_id, started_at, ended_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(UUID.randomUUID(), ended.tenant().value(), ended.equipmentId(), Timestamp.from(ended.startedAt()),
					Timestamp.from(ended.endedAt()))
			.update();
	}

	/** Failures beginning in [from, to). */
	List<Period> between(TenantId tenant, UUID equipmentId, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT started_at, ended_at FROM maintenance_failure
				WHERE tenant_id = ? AND equipment_id = ? AND started_at >= ? AND started_at < ?
				ORDER BY started_at""")
			.params(tenant.value(), equipmentId, Timestamp.from(from), Timestamp.from(to))
			.query((rs, row) -> new Period(rs.getTimestamp("started_at").toInstant(),
					rs.getTimestamp("ended_at").toInstant()))
			.list();
	}

}
