package io.kaiwu.energy.demand;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.kaiwu.energy.meter.Meter;
import io.kaiwu.energy.metering.CounterReading;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.TelemetryStore;

import org.springframework.stereotype.Component;

/** A physical meter's stored counter readings, read page by page from the telemetry. */
@Component
class CounterHistory {

	private final TelemetryStore store;

	CounterHistory(TelemetryStore store) {
		this.store = store;
	}

	/**
	 * The numeric readings in [from, to), oldest first, thinned to the last reading of
	 * each minute (a counter loses nothing by being read less often, and a month of a
	 * meter read every second would be 2.6 million readings); those marked bad are left
	 * out.
	 */
	List<CounterReading> readings(Meter meter, Instant from, Instant to) {
		List<CounterReading> readings = new ArrayList<>();
		this.store.each(meter.tenant(), Objects.requireNonNull(meter.deviceId()),
				Objects.requireNonNull(meter.counterProperty()), from, to, (m) -> {
					if (m.number() == null || m.quality() == Quality.BAD) {
						return;
					}
					CounterReading reading = CounterReading.of(m.ts(), BigDecimal.valueOf(m.number()));
					int end = readings.size() - 1;
					if (end >= 0 && sameMinute(readings.get(end).at(), m.ts())) {
						readings.set(end, reading);
					}
					else {
						readings.add(reading);
					}
				});
		return readings;
	}

	private static boolean sameMinute(Instant a, Instant b) {
		return a.truncatedTo(ChronoUnit.MINUTES).equals(b.truncatedTo(ChronoUnit.MINUTES));
	}

}
