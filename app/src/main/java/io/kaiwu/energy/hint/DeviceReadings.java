package io.kaiwu.energy.hint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.TelemetryStore;

import org.springframework.stereotype.Component;

/** A device property's stored numeric readings, page by page; bad ones left out. */
@Component
class DeviceReadings {

	private static final int PAGE = 10_000;

	private final TelemetryStore store;

	DeviceReadings(TelemetryStore store) {
		this.store = store;
	}

	/** The readings in [from, to), oldest first. */
	List<Reading> numbers(TenantId tenant, UUID device, String property, Instant from, Instant to) {
		List<Reading> readings = new ArrayList<>();
		List<Measurement> page;
		long offset = 0;
		do {
			page = this.store.history(tenant, device, property, from, to, offset, PAGE);
			for (Measurement m : page) {
				if (m.number() != null && m.quality() != Quality.BAD) {
					readings.add(new Reading(m.ts(), m.number()));
				}
			}
			offset += page.size();
		}
		while (page.size() == PAGE);
		return readings;
	}

}
