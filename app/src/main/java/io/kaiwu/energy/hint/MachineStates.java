package io.kaiwu.energy.hint;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kaiwu.equipment.MachineState;
import io.kaiwu.equipment.MachineStateChanged;
import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the machines' state changes as equipment announces them, to tell what a machine's
 * meter counted while the machine stood. Idle, down and planned stops stand; running and
 * setting up work.
 */
@Component
class MachineStates {

	private final JdbcClient jdbc;

	MachineStates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(MachineStateChanged changed) {
		// delivered at least once: the same change again replaces itself
		this.jdbc.sql("DELETE FROM energy_machine_state WHERE equipment_id = ? AND changed_at = ?")
			.params(changed.equipmentId(), Timestamp.from(changed.at()))
			.update();
		this.jdbc
			.sql("INSERT INTO energy_machine_state (tenant_id, equipment_id, changed_at, state) VALUES (?, ?, ?, ?)")
			.params(changed.tenant().value(), changed.equipmentId(), Timestamp.from(changed.at()), changed.to().name())
			.update();
	}

	/**
	 * The machine's changes in [from, to), led by the last one before {@code from} (the
	 * state it was in at the start), oldest first.
	 */
	List<StateChange> changes(TenantId tenant, UUID equipment, Instant from, Instant to) {
		List<StateChange> changes = new ArrayList<>();
		this.jdbc.sql("""
				SELECT changed_at, state FROM energy_machine_state
				WHERE tenant_id = ? AND equipment_id = ? AND changed_at < ? ORDER BY changed_at DESC""")
			.params(tenant.value(), equipment, Timestamp.from(from))
			.query((rs, row) -> change(rs.getTimestamp("changed_at"), rs.getString("state")))
			.list()
			.stream()
			.findFirst()
			.ifPresent(changes::add);
		changes.addAll(this.jdbc.sql("""
				SELECT changed_at, state FROM energy_machine_state
				WHERE tenant_id = ? AND equipment_id = ? AND changed_at >= ? AND changed_at < ? ORDER BY changed_at""")
			.params(tenant.value(), equipment, Timestamp.from(from), Timestamp.from(to))
			.query((rs, row) -> change(rs.getTimestamp("changed_at"), rs.getString("state")))
			.list());
		return changes;
	}

	private static StateChange change(Timestamp at, String state) {
		MachineState s = MachineState.valueOf(state);
		boolean standing = s == MachineState.IDLE || s == MachineState.DOWN || s == MachineState.PLANNED_STOP;
		return new StateChange(at.toInstant(), standing);
	}

}
