package io.kaiwu.alarm.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.shared.ScenarioCoverage;
import io.kaiwu.shared.TenantId;
import io.kaiwu.shared.TransformationEvidence;
import io.kaiwu.telemetry.TelemetryStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tenant's alarm rules as evidence: how many are enabled, and their part in 设备在线监测维护
 * (OPS-01): configured once a rule is enabled, live when measurements arrived in the last
 * 24 hours, because every stored measurement is checked against the rules.
 */
@Component
class AlarmEvidence implements TransformationEvidence {

	static final Duration WINDOW = Duration.ofHours(24);

	/**
	 * Counted first: in a plant that is running, the last minutes already hold data, and
	 * counting them is far cheaper than counting a whole day.
	 */
	static final Duration RECENT = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final TelemetryStore telemetry;

	AlarmEvidence(JdbcClient jdbc, TelemetryStore telemetry) {
		this.jdbc = jdbc;
		this.telemetry = telemetry;
	}

	@Override
	public List<EvidenceFact> facts(TenantId tenant) {
		long rules = enabledRules(tenant);
		return List.of(new EvidenceFact("alarm.active-rules", rules, null, "evidence.alarm.active-rules",
				List.of(Long.toString(rules)), Instant.now()));
	}

	@Override
	public List<ScenarioCoverage> coverage(TenantId tenant) {
		long rules = enabledRules(tenant);
		if (rules == 0) {
			return List.of(coverage(ScenarioCoverage.State.NOT_STARTED, "evidence.alarm.ops01.no-rules", List.of()));
		}
		Instant now = Instant.now();
		boolean arriving = this.telemetry.countAll(tenant, now.minus(RECENT), now) > 0
				|| this.telemetry.countAll(tenant, now.minus(WINDOW), now.minus(RECENT)) > 0;
		if (!arriving) {
			return List.of(coverage(ScenarioCoverage.State.CONFIGURED, "evidence.alarm.ops01.no-data",
					List.of(Long.toString(rules))));
		}
		return List
			.of(coverage(ScenarioCoverage.State.LIVE, "evidence.alarm.ops01.live", List.of(Long.toString(rules))));
	}

	private static ScenarioCoverage coverage(ScenarioCoverage.State state, String reason, List<String> args) {
		return new ScenarioCoverage("OPS-01", "alarm", state, reason, args);
	}

	private long enabledRules(TenantId tenant) {
		return this.jdbc.sql("SELECT COUNT(*) FROM alarm_rule WHERE tenant_id = ? AND enabled = ?")
			.params(tenant.value(), true)
			.query(Long.class)
			.single();
	}

}
