package io.kaiwu.quality.charting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import io.kaiwu.quality.spc.ChartSeries;
import io.kaiwu.quality.spc.RuleSet;
import io.kaiwu.quality.spc.RunRule;
import io.kaiwu.quality.spc.Side;
import io.kaiwu.quality.spc.Violation;
import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Run-rule violations found on the charts (table quality_spc_violation). */
@Repository
class ViolationRecords {

	private final JdbcClient jdbc;

	ViolationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(UUID limitsId, UUID subgroupId, ChartSeries.Statistic statistic, RunRule rule) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM quality_spc_violation
				WHERE limits_id = ? AND subgroup_id = ? AND statistic = ? AND rule = ?""")
			.params(limitsId, subgroupId, statistic.name(), rule.name())
			.query(Long.class)
			.single() > 0;
	}

	void insert(TenantId tenant, UUID characteristicId, StoredViolation stored) {
		Violation violation = stored.violation();
		this.jdbc.sql("""
				INSERT INTO quality_spc_violation (id, tenant_id, characteristic_id, subgroup_id, limits_id, statistic,
				    rule, rule_family, rule_number, side, plotted, alarm_id, detected_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(stored.id(), tenant.value(), characteristicId, stored.subgroupId(), stored.limitsId(),
					stored.statistic().name(), violation.rule().name(), violation.family().name(), violation.number(),
					violation.side().name(), violation.value(), stored.alarmId(), Timestamp.from(stored.detectedAt()))
			.update();
	}

	/** The latest violations of a chart, newest first. */
	List<StoredViolation> latest(TenantId tenant, UUID characteristicId, int count) {
		return this.jdbc.sql("""
				SELECT * FROM quality_spc_violation WHERE tenant_id = ? AND characteristic_id = ?
				ORDER BY detected_at DESC, id
				LIMIT ?""").params(tenant.value(), characteristicId, count).query(ViolationRecords::violation).list();
	}

	private static StoredViolation violation(ResultSet rs, int row) throws SQLException {
		Violation violation = new Violation(RunRule.valueOf(rs.getString("rule")), rs.getInt("rule_number"),
				RuleSet.Family.valueOf(rs.getString("rule_family")), -1, rs.getDouble("plotted"),
				Side.valueOf(rs.getString("side")));
		return new StoredViolation(rs.getObject("id", UUID.class), rs.getObject("subgroup_id", UUID.class),
				rs.getObject("limits_id", UUID.class), ChartSeries.Statistic.valueOf(rs.getString("statistic")),
				violation, rs.getObject("alarm_id", UUID.class), rs.getTimestamp("detected_at").toInstant());
	}

}
