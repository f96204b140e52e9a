package io.kaiwu.energy.demand;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.kaiwu.energy.meter.Meter;
import io.kaiwu.energy.metering.CounterReading;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.TelemetryStore;

import org.springframework.stereotype.Component;

/** A physical meter's stored counter readings, read page by page from the telemetry. */
@Component
class CounterHistory {

	private static final int PAGE = 10_000;

	private final TelemetryStore store;

	CounterHistory(TelemetryStore store) {
		this.store = store;
	}

	/**
	 * The numeric readings in [from, to), oldest first; those marked bad are left out.
	 */
	List<CounterReading> readings(Meter meter, Instant from, Instant to) {
		List<CounterReading> readings = new ArrayList<>();
		List<Measurement> page;
		long offset = 0;
		do {
			page = this.store.history(meter.tenant(), Objects.requireNonNull(meter.deviceId()),
					Objects.requireNonNull(meter.counterProperty()), from, to, offset, PAGE);
			for (Measurement m : page) {
				if (m.number() != null && m.quality() != Quality.BAD) {
					readings.add(CounterReading.of(m.ts(), BigDecimal.valueOf(m.number())));
				}
			}
			offset += page.size();
		}
		while (page.size() == PAGE);
		return readings;
	}

}
