package io.kaiwu.maintenance.kernel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MTBF = operating time / failures and MTTR = repair time / repairs, on the usual worked
 * examples and on a hand-computed shift.
 */
class ReliabilityTests {

	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void theTextbookSystemOf10000HoursWith5FailuresAnd50HoursDownHasMtbf2000AndMttr10() {
		// 10,000 operating hours, 5 failures, 50 hours of repairs → MTBF 2,000 h, MTTR 10
		// h
		List<Period> running = List.of(hours(0, 10_000));
		List<Period> failures = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			failures.add(hours(i * 1_000, i * 1_000 + 10));
		}
		Reliability r = Reliability.over(hours(0, 20_000), running, failures);

		assertThat(r.failures()).isEqualTo(5);
		assertThat(r.mtbf()).contains(Duration.ofHours(2_000));
		assertThat(r.mttr()).contains(Duration.ofHours(10));
	}

	@Test
	void theAirHandlerRunning3600HoursWith12FailuresHasMtbf300Hours() {
		List<Period> failures = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			failures.add(hours(4_000 + i * 10, 4_000 + i * 10 + 2));
		}
		Reliability r = Reliability.over(hours(0, 5_000), List.of(hours(0, 3_600)), failures);
		assertThat(r.mtbf()).contains(Duration.ofHours(300));
		assertThat(Reliability.hours(r.mttr().orElseThrow())).isEqualTo(2.0);
	}

	@Test
	void onlyRunningTimeInsideThePeriodAndFailuresBeginningInItCount() {
		// period 08:00–16:00; running 06:00–09:30 (1.5 h inside), 10:00–12:00 (2 h),
		// 13:00–18:00 (3 h inside) → 6.5 h operating
		// failures: 09:30–10:00 (0.5 h) and 12:00–13:00 (1 h) inside; 05:00–06:00 before,
		// 15:45–16:30 begins inside and counts whole (0.75 h)
		Period shift = hours(8, 16);
		List<Period> running = List.of(hours(6, 9.5), hours(10, 12), hours(13, 18));
		List<Period> failures = List.of(hours(5, 6), hours(9.5, 10), hours(12, 13), hours(15.75, 16.5));

		Reliability r = Reliability.over(shift, running, failures);

		assertThat(r.operating()).isEqualTo(Duration.ofMinutes(390));
		assertThat(r.failures()).isEqualTo(3);
		assertThat(r.repair()).isEqualTo(Duration.ofMinutes(30 + 60 + 45));
		assertThat(r.mtbf()).contains(Duration.ofMinutes(130));
		assertThat(r.mttr()).contains(Duration.ofMinutes(45));
	}

	@Test
	void withoutFailuresThereIsNoMean() {
		Reliability r = Reliability.over(hours(0, 24), List.of(hours(0, 20)), List.of());
		assertThat(r.operating()).isEqualTo(Duration.ofHours(20));
		assertThat(r.mtbf()).isEmpty();
		assertThat(r.mttr()).isEmpty();
	}

	private static Period hours(double from, double to) {
		return new Period(T0.plusSeconds(Math.round(from * 3600)), T0.plusSeconds(Math.round(to * 3600)));
	}

}
