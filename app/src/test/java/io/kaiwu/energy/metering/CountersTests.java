package io.kaiwu.energy.metering;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consumption from a cumulative counter read every 15 minutes, worked by hand.
 */
class CountersTests {

	private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

	private static final Duration QUARTER = Duration.ofMinutes(15);

	private static final CounterSettings PLAIN = new CounterSettings(QUARTER, null, null);

	@Test
	void aRisingCounterGivesTheDifferences() {
		MeterSeries series = Counters.intervals(
				List.of(reading(0, "1000.5"), reading(1, "1012.0"), reading(2, "1012.0"), reading(3, "1030.25")),
				PLAIN);

		assertThat(series.intervals()).extracting(ConsumptionInterval::consumption)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("11.5"), BigDecimal.ZERO, new BigDecimal("18.25"));
		assertThat(series.intervals()).extracting(ConsumptionInterval::status).containsOnly(IntervalStatus.MEASURED);
		assertThat(series.intervals().get(0).start()).isEqualTo(T0);
		assertThat(series.intervals().get(2).end()).isEqualTo(T0.plus(QUARTER.multipliedBy(3)));
		assertThat(series.flags()).isEmpty();
		assertThat(series.countedTotal()).isEqualByComparingTo("29.75");
	}

	@Test
	void anEightDigitRegisterRollsOverFrom99999999To123() {
		CounterSettings eightDigits = new CounterSettings(QUARTER, new BigDecimal("99999999"), null);

		MeterSeries series = Counters.intervals(
				List.of(reading(0, "99999950"), reading(1, "99999999"), reading(2, "123"), reading(3, "180")),
				eightDigits);

		// 99999999 → 00000000 is one step, then 123 more: 1 + 123 = 124
		assertThat(series.intervals()).extracting(ConsumptionInterval::status)
			.containsExactly(IntervalStatus.MEASURED, IntervalStatus.ROLLOVER, IntervalStatus.MEASURED);
		assertThat(series.intervals().get(1).consumption()).isEqualByComparingTo("124");
		assertThat(series.countedTotal()).as("49 + 124 + 57").isEqualByComparingTo("230");
	}

	@Test
	void aRegisterWithOneDecimalWrapsAfterItsLastStep() {
		CounterSettings oneDecimal = new CounterSettings(QUARTER, new BigDecimal("99999.9"), null);

		MeterSeries series = Counters.intervals(List.of(reading(0, "99998.7"), reading(1, "0.4")), oneDecimal);

		// 99998.7 → 99999.9 is 1.2, → 0.0 is 0.1, → 0.4 is 0.4
		assertThat(series.intervals().get(0).status()).isEqualTo(IntervalStatus.ROLLOVER);
		assertThat(series.intervals().get(0).consumption()).isEqualByComparingTo("1.7");
	}

	@Test
	void aDeclaredResetCountsFromZeroAndAddsTheOldCountersFinalValue() {
		MeterSeries series = Counters.intervals(List.of(reading(0, "52340"), reading(1, "52360"),
				CounterReading.afterReset(at(2), new BigDecimal("7"), new BigDecimal("52371")), reading(3, "30")),
				PLAIN);

		// the old counter ran 52360 → 52371 (11), the new one 0 → 7: 18
		assertThat(series.intervals()).extracting(ConsumptionInterval::status)
			.containsExactly(IntervalStatus.MEASURED, IntervalStatus.RESET, IntervalStatus.MEASURED);
		assertThat(series.intervals().get(1).consumption()).isEqualByComparingTo("18");
		assertThat(series.intervals().get(2).consumption()).isEqualByComparingTo("23");
		assertThat(series.flags()).isEmpty();
	}

	@Test
	void aDeclaredResetWithoutTheOldFinalValueCountsWhatTheNewCounterShows() {
		MeterSeries series = Counters.intervals(
				List.of(reading(0, "52340"), CounterReading.afterReset(at(1), new BigDecimal("4"), null)), PLAIN);

		assertThat(series.intervals().get(0).status()).isEqualTo(IntervalStatus.RESET);
		assertThat(series.intervals().get(0).consumption()).isEqualByComparingTo("4");
	}

	@Test
	void aDropToNearZeroIsAResetWhenDetectionIsOnAndAnErrorWhenItIsOff() {
		List<CounterReading> readings = List.of(reading(0, "52340"), reading(1, "52360"), reading(2, "3"),
				reading(3, "15"));

		MeterSeries detected = Counters.intervals(readings, new CounterSettings(QUARTER, null, new BigDecimal("10")));
		assertThat(detected.intervals()).extracting(ConsumptionInterval::status)
			.containsExactly(IntervalStatus.MEASURED, IntervalStatus.RESET, IntervalStatus.MEASURED);
		assertThat(detected.countedTotal()).as("20 + 3 + 12").isEqualByComparingTo("35");
		assertThat(detected.flags()).isEmpty();

		MeterSeries strict = Counters.intervals(readings, PLAIN);
		assertThat(strict.flags()).extracting(ReadingFlag::reason)
			.containsExactly(ReadingFlag.Reason.WENT_BACKWARDS, ReadingFlag.Reason.WENT_BACKWARDS);
	}

	@Test
	void aReadingGoingBackwardsIsFlaggedWithItsValueAndNeverCounted() {
		CounterSettings eightDigitsWithDetection = new CounterSettings(QUARTER, new BigDecimal("99999999"),
				new BigDecimal("10"));

		MeterSeries series = Counters.intervals(
				List.of(reading(0, "5000"), reading(1, "5010"), reading(2, "4990"), reading(3, "5030")),
				eightDigitsWithDetection);

		assertThat(series.flags()).singleElement().satisfies((flag) -> {
			assertThat(flag.reason()).isEqualTo(ReadingFlag.Reason.WENT_BACKWARDS);
			assertThat(flag.reading().value()).isEqualByComparingTo("4990");
			assertThat(flag.reading().at()).isEqualTo(at(2));
			assertThat(flag.previousValue()).isEqualByComparingTo("5010");
		});
		// 5010 → 5030 is known in total over 30 minutes, not per quarter: a gap
		assertThat(series.intervals()).hasSize(2);
		assertThat(series.intervals().get(1).isMissing()).isTrue();
		assertThat(series.intervals().get(1).consumption()).isNull();
		assertThat(series.intervals().get(1).acrossGap()).isEqualByComparingTo("20");
		assertThat(series.countedTotal()).isEqualByComparingTo("10");
	}

	@Test
	void aGapLongerThanTheReadingPeriodIsMissingNeitherZeroNorInterpolated() {
		MeterSeries series = Counters
			.intervals(List.of(reading(0, "100"), reading(1, "110"), reading(5, "150"), reading(6, "161")), PLAIN);

		assertThat(series.intervals()).extracting(ConsumptionInterval::status)
			.containsExactly(IntervalStatus.MEASURED, IntervalStatus.MISSING, IntervalStatus.MEASURED);
		ConsumptionInterval gap = series.intervals().get(1);
		assertThat(gap.start()).isEqualTo(at(1));
		assertThat(gap.end()).isEqualTo(at(5));
		assertThat(gap.measured()).isEmpty();
		assertThat(gap.acrossGap()).isEqualByComparingTo("40");
		assertThat(series.hasMissing()).isTrue();
		assertThat(series.countedTotal()).isEqualByComparingTo("21");
	}

	@Test
	void readingsLateByLessThanHalfAPeriodAreNoGap() {
		MeterSeries series = Counters.intervals(
				List.of(reading(0, "100"), CounterReading.of(at(1).plus(Duration.ofMinutes(7)), new BigDecimal("110"))),
				PLAIN);

		assertThat(series.intervals().get(0).status()).isEqualTo(IntervalStatus.MEASURED);
		assertThat(series.intervals().get(0).length()).isEqualTo(Duration.ofMinutes(22));
	}

	@Test
	void aResetAcrossAGapWithoutTheOldFinalValueLeavesTheGapUnknown() {
		MeterSeries series = Counters
			.intervals(List.of(reading(0, "500"), CounterReading.afterReset(at(4), new BigDecimal("6"), null)), PLAIN);

		assertThat(series.intervals().get(0).isMissing()).isTrue();
		assertThat(series.intervals().get(0).acrossGap()).isNull();
	}

	@Test
	void impossibleReadingsAreFlaggedWithTheirReason() {
		CounterSettings eightDigits = new CounterSettings(QUARTER, new BigDecimal("99999999"), null);

		MeterSeries series = Counters.intervals(List.of(reading(0, "100"), reading(1, "-5"), reading(1, "120"),
				CounterReading.of(at(1), new BigDecimal("125")), reading(2, "123456789")), eightDigits);

		assertThat(series.flags()).extracting(ReadingFlag::reason)
			.containsExactly(ReadingFlag.Reason.NEGATIVE, ReadingFlag.Reason.NOT_AFTER_PREVIOUS,
					ReadingFlag.Reason.ABOVE_COUNTER_MAXIMUM);
		assertThat(series.intervals()).singleElement()
			.satisfies((interval) -> assertThat(interval.consumption()).isEqualByComparingTo("20"));
	}

	private static CounterReading reading(int quarter, String value) {
		return CounterReading.of(at(quarter), new BigDecimal(value));
	}

	private static Instant at(int quarter) {
		return T0.plus(QUARTER.multipliedBy(quarter));
	}

}
