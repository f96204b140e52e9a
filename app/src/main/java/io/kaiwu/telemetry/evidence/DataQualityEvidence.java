package io.kaiwu.telemetry.evidence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.shared.TenantId;
import io.kaiwu.shared.TransformationEvidence;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.TelemetryStore;
import io.kaiwu.telemetry.ingest.DeadLetters;
import io.kaiwu.telemetry.ingest.Refusal.Kind;

import org.springframework.stereotype.Component;

/**
 * Measures the tenant's telemetry of the last 24 hours on four dimensions of GB/T 36344:
 * <ul>
 * <li>completeness (完整性): of the properties the thing models of the reporting devices
 * declare, the share that has values;</li>
 * <li>timeliness (时效性): of the reporting devices, the share whose newest value is at most
 * five minutes old;</li>
 * <li>accuracy/validity (准确性): of the values sent, the share that lay inside their
 * property's domain (not out of range, not infinite, not outside the enumeration, not too
 * long);</li>
 * <li>consistency (一致性): of the values sent, the share that agreed with the thing model
 * and the platform's clock (a declared property of the declared type, a timestamp neither
 * in the future nor older than the backfill window, a readable message).</li>
 * </ul>
 * A device reports when it was seen in the window. Refused values are counted from the
 * dead-letter list, which keeps only the newest entries per tenant; when it is full the
 * shares are upper bounds and the provenance says so. Nothing is proposed for a tenant
 * with no reporting device.
 */
@Component
class DataQualityEvidence implements TransformationEvidence {

	static final Duration WINDOW = Duration.ofHours(24);

	static final Duration FRESH = Duration.ofMinutes(5);

	private static final Set<Kind> INVALID = EnumSet.of(Kind.OUT_OF_RANGE, Kind.NOT_FINITE, Kind.NOT_IN_ENUM,
			Kind.TOO_LONG);

	private static final Set<Kind> INCONSISTENT = EnumSet.of(Kind.UNKNOWN_PROPERTY, Kind.WRONG_TYPE, Kind.PAYLOAD,
			Kind.FUTURE, Kind.TOO_OLD);

	private final DeviceCatalog devices;

	private final TelemetryStore store;

	private final DeadLetters deadLetters;

	private final Clock clock;

	DataQualityEvidence(DeviceCatalog devices, TelemetryStore store, DeadLetters deadLetters) {
		this.devices = devices;
		this.store = store;
		this.deadLetters = deadLetters;
		this.clock = Clock.systemUTC();
	}

	@Override
	public List<EvidenceFact> facts(TenantId tenant) {
		Instant now = this.clock.instant();
		Instant from = now.minus(WINDOW);
		List<DeviceSummary> reporting = this.devices.devices(tenant)
			.stream()
			.filter((d) -> d.lastSeenAt() != null && !d.lastSeenAt().isBefore(from))
			.toList();
		if (reporting.isEmpty()) {
			return List.of();
		}
		List<EvidenceFact> facts = new ArrayList<>();
		long declared = 0;
		long present = 0;
		long fresh = 0;
		for (DeviceSummary device : reporting) {
			for (PropertyDefinition property : device.properties()) {
				declared++;
				if (this.store.count(tenant, device.deviceId(), property.identifier(), from, now) > 0) {
					present++;
				}
			}
			Instant newest = this.store.latest(tenant, device.deviceId())
				.stream()
				.map(Measurement::ts)
				.max(Instant::compareTo)
				.orElse(null);
			if (newest != null && !newest.isBefore(now.minus(FRESH))) {
				fresh++;
			}
		}
		String devicesArg = Integer.toString(reporting.size());
		if (declared > 0) {
			facts.add(new EvidenceFact("data-quality.completeness", present, (double) declared,
					"telemetry.evidence.completeness",
					List.of(Long.toString(present), Long.toString(declared), devicesArg), now));
		}
		facts.add(new EvidenceFact("data-quality.timeliness", fresh, (double) reporting.size(),
				"telemetry.evidence.timeliness", List.of(Long.toString(fresh), devicesArg), now));
		long stored = this.store.countAll(tenant, from, now);
		long refusedAtAll = this.deadLetters.countSince(tenant, from, EnumSet.allOf(Kind.class));
		if (stored + refusedAtAll > 0) {
			facts.add(refusedShare("data-quality.validity", "telemetry.evidence.validity", tenant, from, stored,
					INVALID, refusedAtAll, now));
			facts.add(refusedShare("data-quality.consistency", "telemetry.evidence.consistency", tenant, from, stored,
					INCONSISTENT, refusedAtAll, now));
		}
		return facts;
	}

	private EvidenceFact refusedShare(String key, String provenance, TenantId tenant, Instant from, long stored,
			Set<Kind> kinds, long refusedAtAll, Instant now) {
		long refused = this.deadLetters.countSince(tenant, from, kinds);
		String bound = (refusedAtAll >= this.deadLetters.limit()) ? provenance + ".bounded" : provenance;
		return new EvidenceFact(key, stored, (double) (stored + refused), bound,
				List.of(Long.toString(stored), Long.toString(refused), Integer.toString(this.deadLetters.limit())),
				now);
	}

}
