package io.kaiwu.ehs.warning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly figures of a point, worked by hand: November 2026 in UTC, an episode across
 * the month's start, one inside, one still open at the end.
 */
class MonthOfPointTests {

	static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");

	static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");

	@Test
	void episodesAreClippedToTheMonthAndCountedAtTheirWorstGrade() {
		// 23:30 Oct 31 to 00:45 Nov 1: 45 minutes inside, yellow
		Exceedance across = new Exceedance(Instant.parse("2026-10-31T23:30:00Z"), Instant.parse("2026-11-01T00:45:00Z"),
				WarningGrade.YELLOW, 55, Instant.parse("2026-10-31T23:50:00Z"));
		// 2 hours, blue only
		Exceedance inside = new Exceedance(Instant.parse("2026-11-10T08:00:00Z"), Instant.parse("2026-11-10T10:00:00Z"),
				WarningGrade.BLUE, 44, Instant.parse("2026-11-10T09:00:00Z"));
		// open since 22:00 Nov 30, now is 01:00 Dec 1: 2 hours inside, red
		Exceedance open = new Exceedance(Instant.parse("2026-11-30T22:00:00Z"), null, WarningGrade.RED, 80.5,
				Instant.parse("2026-11-30T23:00:00Z"));
		// ended before the month
		Exceedance before = new Exceedance(Instant.parse("2026-10-20T08:00:00Z"), Instant.parse("2026-10-20T09:00:00Z"),
				WarningGrade.RED, 99, Instant.parse("2026-10-20T08:30:00Z"));

		MonthOfPoint m = MonthOfPoint.of(List.of(across, inside, open, before), FROM, TO,
				Instant.parse("2026-12-01T01:00:00Z"));

		assertThat(m.count()).isEqualTo(3);
		assertThat(m.duration()).isEqualTo(Duration.ofMinutes(45 + 120 + 120));
		assertThat(m.atLimit()).isEqualTo(Duration.ofMinutes(45 + 120));
		assertThat(m.peak()).isEqualTo(80.5);
		assertThat(m.worst()).isEqualTo(WarningGrade.RED);
		assertThat(m.byGrade()).containsEntry(WarningGrade.BLUE, 1)
			.containsEntry(WarningGrade.YELLOW, 1)
			.containsEntry(WarningGrade.ORANGE, 0)
			.containsEntry(WarningGrade.RED, 1);
	}

	@Test
	void aMonthWithoutEpisodesHasNoPeakAndNoGrade() {
		MonthOfPoint m = MonthOfPoint.of(List.of(), FROM, TO, TO);
		assertThat(m.count()).isZero();
		assertThat(m.duration()).isZero();
		assertThat(m.peak()).isNull();
		assertThat(m.worst()).isNull();
	}

}
