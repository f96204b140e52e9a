package io.kaiwu.telemetry.evidence;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.shared.TenantId;
import io.kaiwu.shared.TransformationEvidence;
import io.kaiwu.telemetry.TelemetryStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How much data the tenant's devices delivered automatically in the last 24 hours: the
 * measurements stored and the ones refused (异常数据), a first sign of data quality.
 */
@Component
class TelemetryEvidence implements TransformationEvidence {

	static final Duration WINDOW = Duration.ofHours(24);

	private final TelemetryStore store;

	private final JdbcClient jdbc;

	TelemetryEvidence(TelemetryStore store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	@Override
	public List<EvidenceFact> facts(TenantId tenant) {
		Instant now = Instant.now();
		Instant since = now.minus(WINDOW);
		long stored = this.store.countAll(tenant, since, now);
		long refused = this.jdbc
			.sql("SELECT COUNT(*) FROM telemetry_dead_letter WHERE tenant_id = ? AND received_at >= ?")
			.params(tenant.value(), Timestamp.from(since))
			.query(Long.class)
			.single();
		return List.of(
				new EvidenceFact("telemetry.measurements-24h", stored, null, "evidence.telemetry.measurements",
						List.of(Long.toString(stored)), now),
				new EvidenceFact("telemetry.rejected-24h", refused, null, "evidence.telemetry.rejected",
						List.of(Long.toString(refused)), now));
	}

}
