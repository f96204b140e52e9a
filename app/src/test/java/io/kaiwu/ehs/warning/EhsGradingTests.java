package io.kaiwu.ehs.warning;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import io.kaiwu.ehs.warning.ExceedanceTracker.Change;
import io.kaiwu.ehs.warning.ExceedanceTracker.Step;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Grading against a limit and the exceedance tracker, with hand-worked values: the boiler
 * stack's SO₂ limit of 50 mg/m³ (GB 13271-2014, table 2, gas-fired), graded at 80 / 100 /
 * 120 / 150 % of it (蓝 40, 黄 50, 橙 60, 红 75) with a deadband of 2 mg/m³.
 */
class EhsGradingTests {

	static final Instant T0 = Instant.parse("2026-11-26T02:00:00Z");

	static GradedLimit so2() {
		return GradedLimit.fractionsOf(new BigDecimal("50"), "mg/m³", 0.8, 1.0, 1.2, 1.5, 0.04);
	}

	static Map<WarningGrade, BigDecimal> thresholds(String blue, String yellow, String orange, String red) {
		Map<WarningGrade, BigDecimal> t = new EnumMap<>(WarningGrade.class);
		t.put(WarningGrade.BLUE, new BigDecimal(blue));
		t.put(WarningGrade.YELLOW, new BigDecimal(yellow));
		t.put(WarningGrade.ORANGE, new BigDecimal(orange));
		t.put(WarningGrade.RED, new BigDecimal(red));
		return t;
	}

	@Test
	void aValueIsGradedByTheWorstThresholdItReaches() {
		GradedLimit so2 = so2();
		assertThat(so2.threshold(WarningGrade.BLUE)).isEqualByComparingTo("40");
		assertThat(so2.threshold(WarningGrade.RED)).isEqualByComparingTo("75");
		assertThat(so2.grade(39.99)).isEmpty();
		assertThat(so2.grade(40)).contains(WarningGrade.BLUE);
		assertThat(so2.grade(49.9)).contains(WarningGrade.BLUE);
		assertThat(so2.grade(50)).contains(WarningGrade.YELLOW);
		assertThat(so2.grade(60.1)).contains(WarningGrade.ORANGE);
		assertThat(so2.grade(200)).contains(WarningGrade.RED);
		assertThat(so2.clearOf(38.5)).as("38.5 is within the deadband under 40").isFalse();
		assertThat(so2.clearOf(37.9)).isTrue();
	}

	@Test
	void thresholdsOutOfOrderAreRefusedNamingThem() {
		assertThatExceptionOfType(InvalidThresholds.class).isThrownBy(
				() -> new GradedLimit(new BigDecimal("25"), "%LEL", thresholds("10", "25", "20", "50"), BigDecimal.ONE))
			.satisfies((ex) -> assertThat(ex.faults()).singleElement().satisfies((f) -> {
				assertThat(f.field()).isEqualTo("thresholds.orange");
				assertThat(f.key()).isEqualTo("problem.ehs.threshold-order");
				assertThat(f.args()).containsExactly("orange", new BigDecimal("20"), "yellow", new BigDecimal("25"));
			}));
		assertThatExceptionOfType(InvalidThresholds.class).isThrownBy(
				() -> new GradedLimit(new BigDecimal("25"), "%LEL", thresholds("10", "10", "30", "50"), BigDecimal.ONE))
			.satisfies((ex) -> assertThat(ex.faults()).extracting(InvalidThresholds.Fault::field)
				.containsExactly("thresholds.yellow"));
	}

	@Test
	void aLimitWithoutUnitAMissingThresholdAndABadDeadbandAreRefusedTogether() {
		Map<WarningGrade, BigDecimal> missingRed = thresholds("10", "25", "50", "75");
		missingRed.remove(WarningGrade.RED);
		assertThatExceptionOfType(InvalidThresholds.class)
			.isThrownBy(() -> new GradedLimit(new BigDecimal("25"), " ", missingRed, new BigDecimal("10")))
			.satisfies((ex) -> assertThat(ex.faults()).extracting(InvalidThresholds.Fault::field)
				.containsExactly("unit", "thresholds.red", "deadband"));
		assertThatExceptionOfType(InvalidThresholds.class)
			.isThrownBy(
					() -> new GradedLimit(BigDecimal.ZERO, "ppm", thresholds("10", "25", "50", "75"), BigDecimal.ONE))
			.satisfies((ex) -> assertThat(ex.faults()).extracting(InvalidThresholds.Fault::field)
				.containsExactly("limit"));
	}

	@Test
	void anExceedanceOpensEscalatesAndClosesWithPeakAndDuration() {
		ExceedanceTracker tracker = new ExceedanceTracker(so2());
		assertThat(tracker.take(T0, 30).change()).isEqualTo(Change.NONE);
		Step opened = tracker.take(T0.plusSeconds(60), 42);
		assertThat(opened.change()).isEqualTo(Change.OPENED);
		assertThat(opened.exceedance().worst()).isEqualTo(WarningGrade.BLUE);
		Step yellow = tracker.take(T0.plusSeconds(120), 55);
		assertThat(yellow.change()).isEqualTo(Change.WORSENED);
		assertThat(yellow.from()).isEqualTo(WarningGrade.BLUE);
		assertThat(yellow.exceedance().worst()).isEqualTo(WarningGrade.YELLOW);
		Step orange = tracker.take(T0.plusSeconds(180), 63.5);
		assertThat(orange.change()).isEqualTo(Change.WORSENED);
		assertThat(orange.from()).isEqualTo(WarningGrade.YELLOW);
		// falling back to 黄 keeps the worst grade 橙 and the peak
		Step lower = tracker.take(T0.plusSeconds(240), 52);
		assertThat(lower.change()).isEqualTo(Change.NONE);
		assertThat(lower.exceedance().worst()).isEqualTo(WarningGrade.ORANGE);
		assertThat(lower.exceedance().peak()).isEqualTo(63.5);
		Step closed = tracker.take(T0.plusSeconds(600), 20);
		assertThat(closed.change()).isEqualTo(Change.CLOSED);
		Exceedance record = closed.exceedance();
		assertThat(record.startedAt()).isEqualTo(T0.plusSeconds(60));
		assertThat(record.endedAt()).isEqualTo(T0.plusSeconds(600));
		assertThat(record.duration(T0.plusSeconds(9999))).isEqualTo(Duration.ofSeconds(540));
		assertThat(record.peak()).isEqualTo(63.5);
		assertThat(record.peakAt()).isEqualTo(T0.plusSeconds(180));
		assertThat(record.worst()).isEqualTo(WarningGrade.ORANGE);
		assertThat(tracker.open()).isEmpty();
	}

	@Test
	void aJumpStraightToRedOpensAtRed() {
		ExceedanceTracker tracker = new ExceedanceTracker(so2());
		Step red = tracker.take(T0, 80);
		assertThat(red.change()).isEqualTo(Change.OPENED);
		assertThat(red.exceedance().worst()).isEqualTo(WarningGrade.RED);
	}

	@Test
	void aNoisyValueAtTheThresholdDoesNotFlap() {
		ExceedanceTracker tracker = new ExceedanceTracker(so2());
		double[] noisy = { 39.5, 40.3, 39.1, 40.8, 38.9, 39.7, 40.1, 38.2, 40.4 };
		int opened = 0;
		int closed = 0;
		for (int i = 0; i < noisy.length; i++) {
			Change change = tracker.take(T0.plusSeconds(i), noisy[i]).change();
			opened += (change == Change.OPENED) ? 1 : 0;
			closed += (change == Change.CLOSED) ? 1 : 0;
		}
		assertThat(opened).as("one exceedance for the whole noisy stretch").isEqualTo(1);
		assertThat(closed).isZero();
		assertThat(tracker.take(T0.plusSeconds(20), 37.9).change()).isEqualTo(Change.CLOSED);
	}

	@Test
	void aLateValueIsIgnoredAndAResumedExceedanceCarriesOn() {
		ExceedanceTracker tracker = new ExceedanceTracker(so2());
		tracker.take(T0.plusSeconds(10), 45);
		assertThat(tracker.take(T0, 90).change()).as("measured before the newest value").isEqualTo(Change.NONE);
		assertThat(tracker.open().orElseThrow().peak()).isEqualTo(45);

		ExceedanceTracker resumed = new ExceedanceTracker(so2(),
				new Exceedance(T0, null, WarningGrade.YELLOW, 52, T0.plusSeconds(5)));
		assertThat(resumed.take(T0.plusSeconds(30), 61).change()).isEqualTo(Change.WORSENED);
		assertThat(resumed.take(T0.plusSeconds(40), 10).exceedance().startedAt()).isEqualTo(T0);
	}

}
