package io.kaiwu.equipment.signals;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.equipment.MachineState;
import io.kaiwu.equipment.state.StateMapping;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code equipment_signals} (one row per machine) and
 * {@code equipment_state_value} (the value table of a {@code BY_VALUE} mapping).
 */
@Repository
class SignalRecords {

	private final JdbcClient jdbc;

	SignalRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SignalMapping> find(TenantId tenant, UUID equipmentId) {
		return query("SELECT * FROM equipment_signals WHERE tenant_id = ? AND equipment_id = ?", tenant.value(),
				equipmentId)
			.stream()
			.findFirst();
	}

	/** The mappings of the machines whose signals a device reports. */
	List<SignalMapping> onDevice(TenantId tenant, UUID deviceId) {
		return query("""
				SELECT s.* FROM equipment_signals s JOIN equipment e ON e.id = s.equipment_id
				WHERE s.tenant_id = ? AND e.device_id = ? ORDER BY e.code""", tenant.value(), deviceId);
	}

	void save(SignalMapping m) {
		delete(m.tenant(), m.equipmentId());
		StateMapping state = m.state();
		String kind = (state instanceof StateMapping.ByValue) ? SignalChecks.BY_VALUE : SignalChecks.ABOVE_LIMIT;
		Double limit = (state instanceof StateMapping.AboveLimit a) ? a.limit() : null;
		String above = (state instanceof StateMapping.AboveLimit a) ? a.above().name() : null;
		MachineState otherwise = (state instanceof StateMapping.ByValue v) ? v.otherwise()
				: ((StateMapping.AboveLimit) state).otherwise();
		this.jdbc.sql("""
				INSERT INTO equipment_signals (equipment_id, tenant_id, state_property, state_kind, state_limit,
				    above_state, otherwise_state, good_property, reject_property, minor_stop_ms, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(m.equipmentId(), m.tenant().value(), state.property(), kind, limit, above, otherwise.name(),
					m.goodCounter(), m.rejectCounter(),
					(m.minorStopThreshold() != null) ? m.minorStopThreshold().toMillis() : null,
					Timestamp.from(m.updatedAt()))
			.update();
		if (state instanceof StateMapping.ByValue byValue) {
			byValue.states()
				.forEach((value, s) -> this.jdbc
					.sql("INSERT INTO equipment_state_value (equipment_id, signal_value, state) VALUES (?, ?, ?)")
					.params(m.equipmentId(), value, s.name())
					.update());
		}
	}

	void delete(TenantId tenant, UUID equipmentId) {
		this.jdbc.sql("DELETE FROM equipment_signals WHERE tenant_id = ? AND equipment_id = ?")
			.params(tenant.value(), equipmentId)
			.update();
	}

	private List<SignalMapping> query(String sql, Object... params) {
		List<Row> rows = this.jdbc.sql(sql).params(params).query((rs, n) -> {
			long threshold = rs.getLong("minor_stop_ms");
			Duration minorStop = rs.wasNull() ? null : Duration.ofMillis(threshold);
			double limit = rs.getDouble("state_limit");
			return new Row(rs.getObject("equipment_id", UUID.class), TenantId.of(rs.getObject("tenant_id", UUID.class)),
					rs.getString("state_property"), rs.getString("state_kind"), limit, rs.getString("above_state"),
					MachineState.valueOf(rs.getString("otherwise_state")), rs.getString("good_property"),
					rs.getString("reject_property"), minorStop, rs.getTimestamp("updated_at").toInstant());
		}).list();
		return rows.stream().map(this::mapping).toList();
	}

	private SignalMapping mapping(Row r) {
		StateMapping state;
		if (SignalChecks.BY_VALUE.equals(r.kind())) {
			Map<String, MachineState> table = new LinkedHashMap<>();
			this.jdbc.sql("SELECT signal_value, state FROM equipment_state_value WHERE equipment_id = ? ORDER BY 1")
				.param(r.equipmentId())
				.query((rs, n) -> table.put(rs.getString(1), MachineState.valueOf(rs.getString(2))))
				.list();
			state = new StateMapping.ByValue(r.property(), table, r.otherwise());
		}
		else {
			state = new StateMapping.AboveLimit(r.property(), r.limit(),
					MachineState.valueOf(Objects.requireNonNull(r.above())), r.otherwise());
		}
		return new SignalMapping(r.equipmentId(), r.tenant(), state, r.good(), r.reject(), r.minorStop(),
				r.updatedAt());
	}

	private record Row(UUID equipmentId, TenantId tenant, String property, String kind, double limit,
			@Nullable String above, MachineState otherwise, @Nullable String good, @Nullable String reject,
			@Nullable Duration minorStop, Instant updatedAt) {
	}

}
