package io.kaiwu.health.evidence;

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
 * Machine health's part in 设备在线监测维护 (OPS-01), its predictive maintenance: configured once
 * a machine is watched (has a health profile), live when a watched machine was assessed
 * from its vibration in the last 24 hours. Facts: how many machines are watched, and
 * whether their condition is collected automatically.
 */
@Component
class HealthEvidence implements TransformationEvidence {

	static final Duration WINDOW = Duration.ofHours(24);

	private final JdbcClient jdbc;

	HealthEvidence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<EvidenceFact> facts(TenantId tenant) {
		Instant now = Instant.now();
		long watched = watched(tenant);
		long assessed = assessed(tenant, now);
		return List.of(
				new EvidenceFact("health.watched-machines", watched, null, "evidence.health.watched",
						List.of(Long.toString(watched)), now),
				new EvidenceFact("collection.equipment-condition", (assessed > 0) ? 1 : 0, null,
						"evidence.health.collection", List.of(Long.toString(assessed), Long.toString(watched)), now));
	}

	@Override
	public List<ScenarioCoverage> coverage(TenantId tenant) {
		long watched = watched(tenant);
		if (watched == 0) {
			return List
				.of(coverage(ScenarioCoverage.State.NOT_STARTED, "evidence.health.ops01.none-watched", List.of()));
		}
		long assessed = assessed(tenant, Instant.now());
		if (assessed == 0) {
			return List.of(coverage(ScenarioCoverage.State.CONFIGURED, "evidence.health.ops01.no-data",
					List.of(Long.toString(watched))));
		}
		return List.of(coverage(ScenarioCoverage.State.LIVE, "evidence.health.ops01.live",
				List.of(Long.toString(assessed), Long.toString(watched))));
	}

	private static ScenarioCoverage coverage(ScenarioCoverage.State state, String reason, List<String> args) {
		return new ScenarioCoverage("OPS-01", "health", state, reason, args);
	}

	private long watched(TenantId tenant) {
		return this.jdbc.sql("SELECT COUNT(*) FROM health_profile WHERE tenant_id = ?")
			.params(tenant.value())
			.query(Long.class)
			.single();
	}

	private long assessed(TenantId tenant, Instant now) {
		return this.jdbc.sql("SELECT COUNT(*) FROM health_assessment WHERE tenant_id = ? AND assessed_at >= ?")
			.params(tenant.value(), Timestamp.from(now.minus(WINDOW)))
			.query(Long.class)
			.single();
	}

}
