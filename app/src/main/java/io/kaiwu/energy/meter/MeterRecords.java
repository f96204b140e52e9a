package io.kaiwu.energy.meter;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.metering.MeteringUnit;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The energy_meter and energy_virtual_term tables. */
@Repository
class MeterRecords {

	private final JdbcClient jdbc;

	MeterRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The tenant's meters ordered by code, each with its terms. */
	List<Meter> ofTenant(TenantId tenant) {
		Map<UUID, List<Meter.Term>> terms = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT t.meter_id, t.term_meter_id, m.code, t.subtract
				FROM energy_virtual_term t JOIN energy_meter m ON m.id = t.term_meter_id
				WHERE m.tenant_id = ? ORDER BY t.meter_id, t.position""").param(tenant.value()).query((rs) -> {
			terms.computeIfAbsent(rs.getObject("meter_id", UUID.class), (id) -> new ArrayList<>())
				.add(new Meter.Term(rs.getObject("term_meter_id", UUID.class), rs.getString("code"),
						rs.getBoolean("subtract")));
		});
		return this.jdbc.sql("SELECT * FROM energy_meter WHERE tenant_id = ? ORDER BY code")
			.param(tenant.value())
			.query((rs, row) -> meter(rs, terms.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
	}

	/**
	 * Every tenant's physical meters on a device counter, for the consumption tracking.
	 */
	List<Meter> onCounters() {
		return this.jdbc.sql(
				"SELECT * FROM energy_meter WHERE is_virtual = FALSE AND device_id IS NOT NULL AND counter_property IS NOT NULL")
			.query((rs, row) -> meter(rs, List.of()))
			.list();
	}

	Optional<Meter> find(TenantId tenant, UUID id) {
		return ofTenant(tenant).stream().filter((meter) -> meter.id().equals(id)).findFirst();
	}

	/** The codes of the tenant's meters on a structure node. */
	List<String> codesOnNode(TenantId tenant, UUID node) {
		return this.jdbc.sql("SELECT code FROM energy_meter WHERE tenant_id = ? AND node_id = ? ORDER BY code")
			.params(tenant.value(), node)
			.query(String.class)
			.list();
	}

	void insert(Meter m) {
		this.jdbc.sql("""
				INSERT INTO energy_meter (id, tenant_id, code, name, kind, unit, node_id, parent_id, is_virtual,
				    device_id, counter_property, reading_period_minutes, counter_maximum, reset_below, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(m.id(), m.tenant().value(), m.code(), m.name(), m.kind().name(), m.unit().name(), m.nodeId(),
					m.parentId(), m.virtual(), m.deviceId(), m.counterProperty(), m.readingPeriodMinutes(),
					m.counterMaximum(), m.resetBelow(), Timestamp.from(m.createdAt()))
			.update();
		int position = 0;
		for (Meter.Term term : m.terms()) {
			this.jdbc.sql("""
					INSERT INTO energy_virtual_term (meter_id, position, term_meter_id, subtract)
					VALUES (?, ?, ?, ?)""").params(m.id(), position++, term.meterId(), term.subtract()).update();
		}
	}

	private static Meter meter(ResultSet rs, List<Meter.Term> terms) throws SQLException {
		Timestamp created = rs.getTimestamp("created_at");
		return new Meter(rs.getObject("id", UUID.class), TenantId.of(rs.getObject("tenant_id", UUID.class)),
				rs.getString("code"), rs.getString("name"), MeterKind.valueOf(rs.getString("kind")),
				MeteringUnit.valueOf(rs.getString("unit")), rs.getObject("node_id", UUID.class),
				rs.getObject("parent_id", UUID.class), rs.getBoolean("is_virtual"),
				rs.getObject("device_id", UUID.class), rs.getString("counter_property"),
				(Integer) rs.getObject("reading_period_minutes", Integer.class), decimal(rs, "counter_maximum"),
				decimal(rs, "reset_below"), terms, created.toInstant());
	}

	/**
	 * As entered: the column's fixed six decimals would change the register's last step.
	 */
	private static @Nullable BigDecimal decimal(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		if (value == null) {
			return null;
		}
		BigDecimal plain = value.stripTrailingZeros();
		return (plain.scale() < 0) ? plain.setScale(0) : plain;
	}

}
