package io.kaiwu.telemetry.ingest;

import java.time.Clock;
import java.time.Instant;

import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.TenantDirectory;
import io.kaiwu.telemetry.TelemetryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes measurements older than {@code kaiwu.telemetry.retention} (365 days by default)
 * for every tenant, nightly.
 */
@Component
public class TelemetryRetention {

	private static final Logger log = LoggerFactory.getLogger(TelemetryRetention.class);

	private final TenantDirectory tenants;

	private final TelemetryStore store;

	private final IngestSettings settings;

	private final Clock clock = Clock.systemUTC();

	TelemetryRetention(TenantDirectory tenants, TelemetryStore store, IngestSettings settings) {
		this.tenants = tenants;
		this.store = store;
		this.settings = settings;
	}

	/**
	 * Deletes every tenant's expired measurements.
	 * @return how many were deleted.
	 */
	@Scheduled(cron = "${kaiwu.telemetry.retention-cron:0 45 2 * * *}")
	public long purge() {
		Instant cutoff = this.clock.instant().minus(this.settings.retention());
		long deleted = 0;
		for (TenantId tenant : this.tenants.tenantIds()) {
			deleted += this.store.deleteBefore(tenant, cutoff);
		}
		if (deleted > 0) {
			log.info("Deleted {} measurements older than {}", deleted, cutoff);
		}
		return deleted;
	}

}
