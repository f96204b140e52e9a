package io.kaiwu.quality.charting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.quality.spc.ChartType;
import io.kaiwu.quality.spc.RuleSet;
import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The configured chart of each characteristic (table quality_spc_chart). */
@Repository
class ChartSettingsRecords {

	private final JdbcClient jdbc;

	ChartSettingsRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ChartSettings> find(TenantId tenant, UUID characteristicId) {
		return this.jdbc.sql("SELECT * FROM quality_spc_chart WHERE tenant_id = ? AND characteristic_id = ?")
			.params(tenant.value(), characteristicId)
			.query((rs, row) -> new ChartSettings(ChartType.valueOf(rs.getString("chart_type")),
					new RuleSet(RuleSet.Family.valueOf(rs.getString("rule_family")), rs.getInt("same_side_run"),
							rs.getInt("trend_run"), rs.getInt("alternating_run"), rs.getInt("stratification_run"),
							rs.getInt("mixture_run"))))
			.optional();
	}

	void save(TenantId tenant, UUID characteristicId, ChartSettings settings, String by, Instant at) {
		RuleSet rules = settings.rules();
		int updated = this.jdbc.sql("""
				UPDATE quality_spc_chart SET chart_type = ?, rule_family = ?, same_side_run = ?, trend_run = ?,
				    alternating_run = ?, stratification_run = ?, mixture_run = ?, updated_by = ?, updated_at = ?
				WHERE tenant_id = ? AND characteristic_id = ?""")
			.params(settings.type().name(), rules.family().name(), rules.sameSideRun(), rules.trendRun(),
					rules.alternatingRun(), rules.stratificationRun(), rules.mixtureRun(), by, Timestamp.from(at),
					tenant.value(), characteristicId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO quality_spc_chart (tenant_id, characteristic_id, chart_type, rule_family, same_side_run,
					    trend_run, alternating_run, stratification_run, mixture_run, updated_by, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(tenant.value(), characteristicId, settings.type().name(), rules.family().name(),
						rules.sameSideRun(), rules.trendRun(), rules.alternatingRun(), rules.stratificationRun(),
						rules.mixtureRun(), by, Timestamp.from(at))
				.update();
		}
	}

}
