package io.kaiwu.maintenance.evidence;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.shared.ScenarioCoverage;
import io.kaiwu.shared.TenantId;
import io.kaiwu.shared.TransformationEvidence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Maintenance's part in 设备在线监测维护 (OPS-01): configured once an active maintenance plan
 * exists, live when the plans' usage meters were fed by machine events in the last 24
 * hours. Fact: how many preventive maintenance plans are active.
 */
@Component
class MaintenanceEvidence implements TransformationEvidence {

	static final Duration WINDOW = Duration.ofHours(24);

	private final JdbcClient jdbc;

	MaintenanceEvidence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<EvidenceFact> facts(TenantId tenant) {
		long plans = activePlans(tenant);
		return List.of(new EvidenceFact("maintenance.preventive-plans", plans, null,
				"evidence.maintenance.preventive-plans", List.of(Long.toString(plans)), Instant.now()));
	}

	@Override
	public List<ScenarioCoverage> coverage(TenantId tenant) {
		long plans = activePlans(tenant);
		if (plans == 0) {
			return List
				.of(coverage(ScenarioCoverage.State.NOT_STARTED, "evidence.maintenance.ops01.no-plans", List.of()));
		}
		long metered = this.jdbc.sql("SELECT COUNT(*) FROM maintenance_usage WHERE tenant_id = ? AND updated_at >= ?")
			.params(tenant.value(), Timestamp.from(Instant.now().minus(WINDOW)))
			.query(Long.class)
			.single();
		if (metered == 0) {
			return List.of(coverage(ScenarioCoverage.State.CONFIGURED, "evidence.maintenance.ops01.no-data",
					List.of(Long.toString(plans))));
		}
		return List.of(coverage(ScenarioCoverage.State.LIVE, "evidence.maintenance.ops01.live",
				List.of(Long.toString(plans), Long.toString(metered))));
	}

	private static ScenarioCoverage coverage(ScenarioCoverage.State state, String reason, List<String> args) {
		return new ScenarioCoverage("OPS-01", "maintenance", state, reason, args);
	}

	private long activePlans(TenantId tenant) {
		return this.jdbc.sql("SELECT COUNT(*) FROM maintenance_plan WHERE tenant_id = ? AND active = ?")
			.params(tenant.value(), true)
			.query(Long.class)
			.single();
	}

}
