package io.kaiwu.device.evidence;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.shared.TenantId;
import io.kaiwu.shared.TransformationEvidence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The equipment networking rate (生产设备联网率) as the device registry measures it: of the
 * tenant's registered devices, how many sent anything in the last 24 hours.
 */
@Component
class DeviceEvidence implements TransformationEvidence {

	static final Duration WINDOW = Duration.ofHours(24);

	private final JdbcClient jdbc;

	DeviceEvidence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<EvidenceFact> facts(TenantId tenant) {
		Instant now = Instant.now();
		long registered = this.jdbc.sql("SELECT COUNT(*) FROM device WHERE tenant_id = ?")
			.params(tenant.value())
			.query(Long.class)
			.single();
		long reporting = this.jdbc.sql("SELECT COUNT(*) FROM device WHERE tenant_id = ? AND last_seen_at >= ?")
			.params(tenant.value(), Timestamp.from(now.minus(WINDOW)))
			.query(Long.class)
			.single();
		return List.of(new EvidenceFact("device.networking-rate", reporting, (double) registered,
				"evidence.device.networking-rate", List.of(Long.toString(reporting), Long.toString(registered)), now));
	}

}
