package io.kaiwu.energy.baseline;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HourlyBaselineTests {

	/** Mondays 2 and 9 March 2026 form the reference; Monday 16 March is compared. */
	static final LocalDateTime MONDAY = LocalDateTime.parse("2026-03-02T00:00");

	@Test
	void eachHourIsComparedWithTheMeanOfTheKnownReferenceHoursOfTheSameHourOfTheWeek() {
		HourlyBaseline baseline = HourlyBaseline.of(Profile.HOUR_OF_WEEK,
				List.of(hour(0, 9, "100"), hour(0, 10, "80"), hour(7, 9, "120"), hour(7, 10, null), hour(1, 9, "500")));
		// Monday 09:00 (100 + 120) / 2 = 110; Monday 10:00 80 (the missing one is left
		// out, not taken as zero); Monday 11:00 has no reference; Tuesday's 500 is
		// another hour of the week
		assertThat(baseline.expected(MONDAY.plusDays(14).plusHours(9))).isEqualByComparingTo("110");
		assertThat(baseline.expected(MONDAY.plusDays(14).plusHours(10))).isEqualByComparingTo("80");
		assertThat(baseline.expected(MONDAY.plusDays(14).plusHours(11))).isNull();

		HourlyBaseline.Comparison c = baseline
			.compare(List.of(hour(14, 9, "90"), hour(14, 10, "70"), hour(14, 11, "50"), hour(14, 12, null)));
		assertThat(c.hoursCompared()).isEqualTo(2);
		assertThat(c.hoursMissing()).isEqualTo(2);
		assertThat(c.expected()).isEqualByComparingTo("190");
		assertThat(c.actual()).isEqualByComparingTo("160");
		assertThat(c.saving()).isEqualByComparingTo("30");
		assertThat(c.hours().get(0).saving()).isEqualByComparingTo("20");
		assertThat(c.hours().get(2).saving()).isNull();
		assertThat(c.hours().get(3).saving()).isNull();
	}

	@Test
	void hoursOfTheWeekRunFromMondayMidnightToSundayEleven() {
		assertThat(Profile.HOUR_OF_WEEK.slot(MONDAY)).isZero();
		assertThat(Profile.HOUR_OF_WEEK.slot(MONDAY.plusDays(6).plusHours(23))).isEqualTo(167);
		assertThat(Profile.HOUR_OF_DAY.slot(MONDAY.plusDays(6).plusHours(23))).isEqualTo(23);
	}

	@Test
	void byHourOfTheDayEveryDayOfTheReferenceCounts() {
		// Monday and Tuesday 09:00 (100, 500) average 300 for Wednesday 09:00
		HourlyBaseline baseline = HourlyBaseline.of(Profile.HOUR_OF_DAY, List.of(hour(0, 9, "100"), hour(1, 9, "500")));
		assertThat(baseline.expected(MONDAY.plusDays(2).plusHours(9))).isEqualByComparingTo("300");
	}

	static HourlyBaseline.Hour hour(int day, int hour, String kWh) {
		return new HourlyBaseline.Hour(MONDAY.plusDays(day).plusHours(hour),
				(kWh != null) ? new BigDecimal(kWh) : null);
	}

}
