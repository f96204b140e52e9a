package io.kaiwu.energy.hint;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import io.kaiwu.shared.TenantId;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.TelemetryStore;

import org.springframework.stereotype.Component;

/**
 * A device property's stored numeric readings, read page by page and thinned to one a
 * minute as they are read (a week of a device read every second is 600 000 readings; a
 * minute is finer than anything the hints look at). Bad readings are left out.
 */
@Component
class DeviceReadings {

	private final TelemetryStore store;

	DeviceReadings(TelemetryStore store) {
		this.store = store;
	}

	/**
	 * A measured value (flow, power) in [from, to): the mean of each minute, at the
	 * minute's start, oldest first.
	 */
	List<Reading> minuteMeans(TenantId tenant, UUID device, String property, Instant from, Instant to) {
		List<Reading> means = new ArrayList<>();
		double[] sum = { 0 };
		int[] count = { 0 };
		Instant[] minute = { null };
		read(tenant, device, property, from, to, (r) -> {
			Instant m = r.at().truncatedTo(ChronoUnit.MINUTES);
			if (!m.equals(minute[0]) && count[0] > 0) {
				means.add(new Reading(minute[0], sum[0] / count[0]));
				sum[0] = 0;
				count[0] = 0;
			}
			minute[0] = m;
			sum[0] += r.value();
			count[0]++;
		});
		if (count[0] > 0) {
			means.add(new Reading(minute[0], sum[0] / count[0]));
		}
		return means;
	}

	/**
	 * A cumulative counter in [from, to): the last reading of each minute, at its own
	 * time, oldest first (a counter loses nothing by being read less often).
	 */
	List<Reading> minuteLasts(TenantId tenant, UUID device, String property, Instant from, Instant to) {
		List<Reading> lasts = new ArrayList<>();
		read(tenant, device, property, from, to, (r) -> {
			if (!lasts.isEmpty() && lasts.get(lasts.size() - 1)
				.at()
				.truncatedTo(ChronoUnit.MINUTES)
				.equals(r.at().truncatedTo(ChronoUnit.MINUTES))) {
				lasts.set(lasts.size() - 1, r);
			}
			else {
				lasts.add(r);
			}
		});
		return lasts;
	}

	private void read(TenantId tenant, UUID device, String property, Instant from, Instant to, Consumer<Reading> each) {
		this.store.each(tenant, device, property, from, to, (m) -> {
			if (m.number() != null && m.quality() != Quality.BAD) {
				each.accept(new Reading(m.ts(), m.number()));
			}
		});
	}

}
