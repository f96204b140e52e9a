package io.kaiwu.energy.hint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A compressor read every minute for 36 hours: 4.0 m³/min while the plant works, 1.5
 * m³/min in a ten-minute break every six hours (00:00, 06:00, …), power 12 kW + 6.2 kW
 * per m³/min.
 */
class AirLeaksTests {

	static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

	@Test
	void aLeakOpenedSevenHoursAgoRaisesTheLatestBaseFlowByItsFlow() {
		// a 1.2 m³/min leak from hour 29 on; the last reading is 35:59, so the windows
		// end
		// at 35:50: the latest [29:50, 35:50) has the 30:00 break at 1.5 + 1.2 = 2.7, the
		// five before have their breaks at 1.5 (the first, from 00:00, has 35 of its 36
		// slots)
		Plant plant = new Plant(Duration.ofHours(29), 1.2);
		AirLeak leak = AirLeaks.find(plant.flow, plant.power).orElseThrow();
		assertThat(leak.baseFlow()).isCloseTo(2.7, within(1e-9));
		assertThat(leak.referenceFlow()).isCloseTo(1.5, within(1e-9));
		assertThat(leak.spread()).isZero();
		assertThat(leak.leakFlow()).isCloseTo(1.2, within(1e-9));
		// power is exactly 12 + 6.2 × flow: the slope is 6.2, the leak 1.2 × 6.2 kW
		assertThat(leak.kWPerFlow()).isCloseTo(6.2, within(1e-9));
		assertThat(leak.leakKw()).isCloseTo(7.44, within(1e-9));
		assertThat(leak.windows()).hasSize(6);
		assertThat(leak.windows().get(5).start()).isEqualTo(T0.plus(Duration.ofMinutes(29 * 60 + 50)));
	}

	@Test
	void noLeakAndARiseSmallerThanThreeTenthsAreNotCalledALeak() {
		assertThat(AirLeaks.find(new Plant(Duration.ofHours(29), 0).flow, List.of())).isEmpty();
		assertThat(AirLeaks.find(new Plant(Duration.ofHours(29), 0.25).flow, List.of())).isEmpty();
	}

	@Test
	void withoutPowerReadingsTheLeakHasAFlowButNoKilowatts() {
		Optional<AirLeak> leak = AirLeaks.find(new Plant(Duration.ofHours(29), 0.8).flow, List.of());
		assertThat(leak).isPresent();
		assertThat(leak.get().leakFlow()).isCloseTo(0.8, within(1e-9));
		assertThat(leak.get().kWPerFlow()).isNull();
		assertThat(leak.get().leakKw()).isNull();
	}

	@Test
	void fewerThanTwoEarlierWindowsGiveNoReference() {
		Plant plant = new Plant(Duration.ofHours(5), 1.0);
		List<Reading> lastTwelveHours = plant.flow.stream()
			.filter((r) -> !r.at().isBefore(T0.plus(Duration.ofHours(24))))
			.toList();
		assertThat(AirLeaks.find(lastTwelveHours, plant.power)).isEmpty();
	}

	@Test
	void theMedianOfEarlierWindowsIgnoresOneOddWindow() {
		// one earlier window's break was skipped (4.0 all through): the median stays 1.5
		Plant plant = new Plant(Duration.ofHours(29), 1.0);
		List<Reading> flow = plant.flow.stream()
			.map((r) -> isBreak(r.at()) && r.at().isBefore(T0.plus(Duration.ofHours(13)))
					&& r.at().isAfter(T0.plus(Duration.ofHours(11))) ? new Reading(r.at(), 4.0) : r)
			.toList();
		AirLeak leak = AirLeaks.find(flow, List.of()).orElseThrow();
		assertThat(leak.referenceFlow()).isCloseTo(1.5, within(1e-9));
		assertThat(leak.leakFlow()).isCloseTo(1.0, within(1e-9));
	}

	static boolean isBreak(Instant at) {
		long minute = Duration.between(T0, at).toMinutes();
		return (minute / 60) % 6 == 0 && minute % 60 < 10;
	}

	/**
	 * 36 hours of minute readings, with a leak of {@code leak} m³/min from {@code onset}.
	 */
	static final class Plant {

		final List<Reading> flow = new ArrayList<>();

		final List<Reading> power = new ArrayList<>();

		Plant(Duration onset, double leak) {
			for (int minute = 0; minute < 36 * 60; minute++) {
				Instant at = T0.plus(Duration.ofMinutes(minute));
				double demand = isBreak(at) ? 1.5 : 4.0;
				double f = demand + (at.isBefore(T0.plus(onset)) ? 0 : leak);
				this.flow.add(new Reading(at, f));
				this.power.add(new Reading(at, 12 + 6.2 * f));
			}
		}

	}

}
