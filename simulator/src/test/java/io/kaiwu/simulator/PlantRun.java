package io.kaiwu.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a virtual factory minute by minute and keeps what one device reported. */
final class PlantRun {

	/** Monday 23 November 2026, 06:00 in the plant's zone (Asia/Shanghai). */
	static final Instant MONDAY_6AM = LocalDateTime.of(2026, 11, 23, 6, 0)
		.atZone(ShiftPattern.TWO_SHIFTS.zone())
		.toInstant();

	private PlantRun() {
	}

	/** The plant at this local time of Monday 23 November 2026. */
	static Instant monday(int hour, int minute) {
		return LocalDateTime.of(2026, 11, 23, hour, minute).atZone(ShiftPattern.TWO_SHIFTS.zone()).toInstant();
	}

	/**
	 * Ticks one minute at a time for {@code length}, keeping every sample of one device.
	 */
	static List<Sample> record(VirtualFactory plant, String deviceKey, Duration length) {
		List<Sample> kept = new ArrayList<>();
		Instant end = plant.now().plus(length);
		while (plant.now().isBefore(end)) {
			for (Sample sample : plant.tick(Duration.ofMinutes(1))) {
				if (sample.deviceKey().equals(deviceKey)) {
					kept.add(sample);
				}
			}
		}
		return kept;
	}

	/** Ticks until the plant clock reaches {@code at}. */
	static void runUntil(VirtualFactory plant, Instant at) {
		while (plant.now().isBefore(at)) {
			Duration left = Duration.between(plant.now(), at);
			plant.tick(left.compareTo(Duration.ofMinutes(1)) < 0 ? left : Duration.ofMinutes(1));
		}
	}

	static double number(Sample sample, String property) {
		return ((Number) sample.values().get(property)).doubleValue();
	}

	static Map<String, Object> values(List<Sample> samples, String deviceKey) {
		return samples.stream().filter((s) -> s.deviceKey().equals(deviceKey)).findFirst().orElseThrow().values();
	}

}
