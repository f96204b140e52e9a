package io.kaiwu.maintenance.kernel;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * When plans are due: by calendar (month ends, skipped dates) and by usage thresholds.
 */
class DueTests {

	@Test
	void aMonthlyPlanFromTheLastOfJanuaryKeepsToMonthEnds() {
		CalendarDue monthly = new CalendarDue(LocalDate.of(2026, 1, 31), 1, CalendarUnit.MONTHS);

		assertThat(monthly.occurrence(1)).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(monthly.occurrence(2)).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(monthly.occurrence(3)).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(monthly.nextAfter(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(new CalendarDue(LocalDate.of(2027, 11, 30), 3, CalendarUnit.MONTHS).occurrence(1)).as("leap year")
			.isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void calendarPlansCountFromTheStartAndSkipMissedDates() {
		CalendarDue fortnightly = new CalendarDue(LocalDate.of(2026, 1, 5), 2, CalendarUnit.WEEKS);
		assertThat(fortnightly.nextAfter(LocalDate.of(2026, 1, 5))).isEqualTo(LocalDate.of(2026, 1, 19));
		assertThat(fortnightly.onOrAfter(LocalDate.of(2026, 1, 19))).isEqualTo(LocalDate.of(2026, 1, 19));
		assertThat(fortnightly.nextAfter(LocalDate.of(2026, 1, 19))).isEqualTo(LocalDate.of(2026, 2, 2));
		assertThat(fortnightly.nextAfter(LocalDate.of(2026, 3, 3))).as("missed dates skipped")
			.isEqualTo(LocalDate.of(2026, 3, 16));
		assertThat(fortnightly.nextAfter(LocalDate.of(2025, 6, 1))).as("before the start: the first due date")
			.isEqualTo(LocalDate.of(2026, 1, 19));

		CalendarDue daily = new CalendarDue(LocalDate.of(2020, 1, 1), 10, CalendarUnit.DAYS);
		assertThat(daily.nextAfter(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 1, 9));
		assertThat(daily.nextAfter(LocalDate.of(2026, 1, 9))).isEqualTo(LocalDate.of(2026, 1, 19));
	}

	@Test
	void aBigIncrementOverSeveralThresholdsIsDueOnceAndTheNextPointLiesBeyondIt() {
		UsageDue every500Hours = new UsageDue(1_000, 500);
		assertThat(every500Hours.first()).isEqualTo(1_500);
		assertThat(UsageDue.reached(1_499, 1_500)).isFalse();
		assertThat(UsageDue.reached(1_500, 1_500)).isTrue();
		assertThat(every500Hours.nextAfter(1_500)).as("exactly on the threshold").isEqualTo(2_000);
		assertThat(every500Hours.nextAfter(2_730)).as("three thresholds crossed at once").isEqualTo(3_000);
		assertThat(every500Hours.nextAfter(1_499)).isEqualTo(1_500);
		assertThat(every500Hours.nextAfter(10)).as("a reading below the baseline").isEqualTo(1_500);
	}

	@Test
	void intervalsMustBePositive() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CalendarDue(LocalDate.of(2026, 1, 1), 0, CalendarUnit.DAYS));
		assertThatIllegalArgumentException().isThrownBy(() -> new UsageDue(0, 0));
	}

}
