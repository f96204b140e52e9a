package io.kaiwu.quality.charting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.quality.spc.ChartType;
import io.kaiwu.quality.spc.FrozenLimits;
import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of frozen limits (table quality_spc_limits); the newest is in force. */
@Repository
class LimitRecords {

	private final JdbcClient jdbc;

	LimitRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredLimits> current(TenantId tenant, UUID characteristicId) {
		return history(tenant, characteristicId).stream().findFirst();
	}

	/** Newest first. */
	List<StoredLimits> history(TenantId tenant, UUID characteristicId) {
		return this.jdbc.sql("""
				SELECT * FROM quality_spc_limits WHERE tenant_id = ? AND characteristic_id = ?
				ORDER BY computed_at DESC, id""")
			.params(tenant.value(), characteristicId)
			.query(LimitRecords::limits)
			.list();
	}

	void insert(TenantId tenant, UUID characteristicId, StoredLimits stored) {
		FrozenLimits limits = stored.limits();
		this.jdbc.sql("""
				INSERT INTO quality_spc_limits (id, tenant_id, characteristic_id, chart_type, subgroup_size, center,
				    spread, baseline_subgroups, baseline_from, baseline_to, reason, computed_by, computed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(stored.id(), tenant.value(), characteristicId, limits.type().name(), limits.subgroupSize(),
					limits.center(), limits.spread(), limits.baselineSubgroups(), Timestamp.from(stored.baselineFrom()),
					Timestamp.from(stored.baselineTo()), stored.reason(), stored.computedBy(),
					Timestamp.from(stored.computedAt()))
			.update();
	}

	private static StoredLimits limits(ResultSet rs, int row) throws SQLException {
		FrozenLimits limits = new FrozenLimits(ChartType.valueOf(rs.getString("chart_type")),
				rs.getInt("subgroup_size"), rs.getDouble("center"), rs.getDouble("spread"),
				rs.getInt("baseline_subgroups"));
		return new StoredLimits(rs.getObject("id", UUID.class), limits, rs.getTimestamp("baseline_from").toInstant(),
				rs.getTimestamp("baseline_to").toInstant(), rs.getString("reason"), rs.getString("computed_by"),
				rs.getTimestamp("computed_at").toInstant());
	}

}
