package io.kaiwu.energy.metering;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Counter intervals spread over clock hours, worked by hand.
 */
class HourlyConsumptionTests {

	private static final Instant H10 = Instant.parse("2026-03-02T02:00:00Z");

	private static final CounterSettings QUARTERLY = new CounterSettings(Duration.ofMinutes(15),
			new BigDecimal("99999999"), null);

	@Test
	void aReadingIntervalStraddlingTheTopOfTheHourIsSharedByTime() {
		// readings every 10 to 15 minutes from 10:00 to 12:00; 10:50 → 11:10 straddles
		// 11:00
		MeterSeries series = Counters.intervals(List.of(at(0, "1000"), at(20, "1010"), at(40, "1020"), at(50, "1030"),
				at(70, "1050"), at(80, "1060"), at(95, "1075"), at(110, "1090"), at(120, "1100")), QUARTERLY);

		List<MeterHour> hours = HourlyConsumption.hours(series, H10, H10.plus(Duration.ofHours(2)));

		// 10:50→11:10 is 20 kWh over 20 min: 10 kWh before 11:00, 10 after
		assertThat(hours.get(0).quantity()).isEqualByComparingTo("40");
		assertThat(hours.get(0).status()).isEqualTo(HourStatus.OK);
		assertThat(hours.get(1).quantity()).isEqualByComparingTo("60");
		assertThat(hours.get(1).start()).isEqualTo(H10.plus(Duration.ofHours(1)));
	}

	@Test
	void aRolloverInsideTheHourIsCountedAndSaid() {
		MeterSeries series = Counters.intervals(
				List.of(at(0, "99999950"), at(15, "99999980"), at(30, "10"), at(45, "40"), at(60, "70")), QUARTERLY);

		MeterHour hour = HourlyConsumption.hours(series, H10, H10.plus(Duration.ofHours(1))).get(0);

		// 30 + (20 + 10) + 30 + 30: 99999980 → 10 is 99999999 − 99999980, one step to 0,
		// then 10
		assertThat(hour.quantity()).isEqualByComparingTo("120");
		assertThat(hour.status()).isEqualTo(HourStatus.ROLLOVER);
	}

	@Test
	void aGapLeavesItsHoursMissingWithoutAQuantity() {
		// readings stop at 10:30 and start again at 12:30: 10:xx, 11:xx, 12:xx are
		// missing
		MeterSeries series = Counters.intervals(List.of(at(0, "100"), at(15, "110"), at(30, "120"), at(150, "200"),
				at(165, "210"), at(180, "220"), at(195, "230"), at(210, "240"), at(225, "250"), at(240, "260")),
				QUARTERLY);

		List<MeterHour> hours = HourlyConsumption.hours(series, H10, H10.plus(Duration.ofHours(4)));

		assertThat(hours).extracting(MeterHour::status)
			.containsExactly(HourStatus.MISSING, HourStatus.MISSING, HourStatus.MISSING, HourStatus.OK);
		assertThat(hours.get(0).quantity()).isNull();
		assertThat(hours.get(1).quantity()).isNull();
		assertThat(hours.get(1).reason()).contains("reading period");
		assertThat(hours.get(3).quantity()).isEqualByComparingTo("40");
	}

	@Test
	void hoursBeforeTheFirstOrAfterTheLastReadingAreMissing() {
		MeterSeries series = Counters
			.intervals(List.of(at(60, "0"), at(75, "5"), at(90, "10"), at(105, "15"), at(120, "20")), QUARTERLY);

		List<MeterHour> hours = HourlyConsumption.hours(series, H10, H10.plus(Duration.ofHours(3)));

		assertThat(hours).extracting(MeterHour::status)
			.containsExactly(HourStatus.MISSING, HourStatus.OK, HourStatus.MISSING);
		assertThat(hours.get(1).quantity()).isEqualByComparingTo("20");
	}

	@Test
	void aReadingGoingBackwardsFlagsItsHourAndIsNotCounted() {
		MeterSeries series = Counters.intervals(
				List.of(at(0, "5000"), at(10, "5010"), at(20, "4990"), at(30, "5020"), at(45, "5025"), at(60, "5030")),
				QUARTERLY);

		MeterHour hour = HourlyConsumption.hours(series, H10, H10.plus(Duration.ofHours(1))).get(0);

		// 5000 → 5010 → (4990 set aside) → 5020 → 5030: 30 kWh, the backwards reading
		// named
		assertThat(hour.status()).isEqualTo(HourStatus.FLAGGED);
		assertThat(hour.quantity()).isEqualByComparingTo("30");
		assertThat(hour.reason()).contains("WENT_BACKWARDS").contains("4990").contains("5010");
	}

	@Test
	void hoursStartAtTheTopOfAnHour() {
		MeterSeries series = Counters.intervals(List.of(), QUARTERLY);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> HourlyConsumption.hours(series, H10.plusSeconds(60), H10.plus(Duration.ofHours(1))));
	}

	private static CounterReading at(int minutes, String value) {
		return CounterReading.of(H10.plus(Duration.ofMinutes(minutes)), new BigDecimal(value));
	}

}
