package io.kaiwu.equipment.evidence;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.shared.ScenarioCoverage;
import io.kaiwu.shared.TenantId;
import io.kaiwu.shared.TransformationEvidence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The equipment app's part in 设备在线监测维护 (OPS-01): not started until a machine has a signal
 * mapping (which device property gives its state), configured then, and live when a
 * mapped machine's device sent data in the last 24 hours. Facts: whether OEE statistics
 * can be computed (a machine with a state mapping and a good-parts counter that counted
 * parts in the last 7 days), and whether machine states are collected automatically.
 */
@Component
class EquipmentEvidence implements TransformationEvidence {

	static final Duration LIVE_WINDOW = Duration.ofHours(24);

	static final Duration COUNT_WINDOW = Duration.ofDays(7);

	private final JdbcClient jdbc;

	private final DeviceCatalog devices;

	EquipmentEvidence(JdbcClient jdbc, DeviceCatalog devices) {
		this.jdbc = jdbc;
		this.devices = devices;
	}

	@Override
	public List<EvidenceFact> facts(TenantId tenant) {
		Instant now = Instant.now();
		long machines = machines(tenant);
		long counting = this.jdbc.sql("""
				SELECT COUNT(*) FROM equipment e JOIN equipment_signals s ON s.equipment_id = e.id
				WHERE e.tenant_id = ? AND s.good_property IS NOT NULL AND EXISTS (
				    SELECT 1 FROM machine_parts_count p
				    WHERE p.tenant_id = e.tenant_id AND p.equipment_id = e.id AND p.period_start >= ?)""")
			.params(tenant.value(), Timestamp.from(now.minus(COUNT_WINDOW)))
			.query(Long.class)
			.single();
		List<UUID> mapped = mappedDevices(tenant);
		long reporting = reporting(tenant, mapped, now);
		return List.of(new EvidenceFact("equipment.oee-statistics", (counting > 0) ? 1 : 0, null,
				"evidence.equipment.oee-statistics", List.of(Long.toString(counting), Long.toString(machines)), now),
				new EvidenceFact("collection.equipment-state", (reporting > 0) ? 1 : 0, null,
						"evidence.equipment.collection",
						List.of(Long.toString(reporting), Long.toString(mapped.size())), now));
	}

	@Override
	public List<ScenarioCoverage> coverage(TenantId tenant) {
		long machines = machines(tenant);
		List<UUID> mapped = mappedDevices(tenant);
		if (mapped.isEmpty()) {
			return List.of(coverage(ScenarioCoverage.State.NOT_STARTED,
					(machines == 0) ? "evidence.equipment.ops01.no-machines" : "evidence.equipment.ops01.no-mapping",
					List.of(Long.toString(machines))));
		}
		long reporting = reporting(tenant, mapped, Instant.now());
		if (reporting == 0) {
			return List.of(coverage(ScenarioCoverage.State.CONFIGURED, "evidence.equipment.ops01.no-data",
					List.of(Integer.toString(mapped.size()))));
		}
		return List.of(coverage(ScenarioCoverage.State.LIVE, "evidence.equipment.ops01.live",
				List.of(Long.toString(reporting), Integer.toString(mapped.size()))));
	}

	private static ScenarioCoverage coverage(ScenarioCoverage.State state, String reason, List<String> args) {
		return new ScenarioCoverage("OPS-01", "equipment", state, reason, args);
	}

	private long machines(TenantId tenant) {
		return this.jdbc.sql("SELECT COUNT(*) FROM equipment WHERE tenant_id = ?")
			.params(tenant.value())
			.query(Long.class)
			.single();
	}

	/** The devices of the machines that have a signal mapping. */
	private List<UUID> mappedDevices(TenantId tenant) {
		return this.jdbc.sql("""
				SELECT e.device_id FROM equipment e JOIN equipment_signals s ON s.equipment_id = e.id
				WHERE e.tenant_id = ? AND e.device_id IS NOT NULL""").params(tenant.value()).query(UUID.class).list();
	}

	private long reporting(TenantId tenant, List<UUID> mapped, Instant now) {
		Instant since = now.minus(LIVE_WINDOW);
		return mapped.stream()
			.map((id) -> this.devices.device(tenant, id))
			.filter((d) -> d.map(DeviceSummary::lastSeenAt).filter((seen) -> !seen.isBefore(since)).isPresent())
			.count();
	}

}
