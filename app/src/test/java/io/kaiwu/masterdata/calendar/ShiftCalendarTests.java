package io.kaiwu.masterdata.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Hand-checked values. The two shifts: 白班 08:00–20:00 with breaks 12:00–13:00 and
 * 17:00–17:30 (10.5 h net), 夜班 20:00–08:00 with breaks 00:00–01:00 and 04:00–04:30 (10.5
 * h net), Monday to Saturday. March 2026 starts on a Sunday, so 2026-03-02 is a Monday.
 */
class ShiftCalendarTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final ShiftPattern DAY = new ShiftPattern("白班", LocalTime.of(8, 0), LocalTime.of(20, 0),
			List.of(new BreakWindow(LocalTime.of(12, 0), LocalTime.of(13, 0)),
					new BreakWindow(LocalTime.of(17, 0), LocalTime.of(17, 30))));

	static final ShiftPattern NIGHT = new ShiftPattern("夜班", LocalTime.of(20, 0), LocalTime.of(8, 0),
			List.of(new BreakWindow(LocalTime.of(0, 0), LocalTime.of(1, 0)),
					new BreakWindow(LocalTime.of(4, 0), LocalTime.of(4, 30))));

	static final Set<DayOfWeek> MON_TO_SAT = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);

	static ShiftCalendar calendar(ZoneId zone, Set<LocalDate> holidays, List<PlannedStop> stops) {
		return new ShiftCalendar(zone, MON_TO_SAT, List.of(DAY, NIGHT), holidays, stops);
	}

	static Instant at(String offsetDateTime) {
		return OffsetDateTime.parse(offsetDateTime).toInstant();
	}

	@Test
	void countsADayShiftWithoutItsBreaks() {
		ShiftCalendar calendar = calendar(SHANGHAI, Set.of(), List.of());
		assertThat(calendar.plannedWorkingTime(at("2026-03-02T08:00+08:00"), at("2026-03-02T20:00+08:00")))
			.isEqualTo(Duration.ofMinutes(630));
	}

	@Test
	void countsANightShiftCrossingMidnight() {
		ShiftCalendar calendar = calendar(SHANGHAI, Set.of(), List.of());
		assertThat(calendar.plannedWorkingTime(at("2026-03-02T20:00+08:00"), at("2026-03-03T08:00+08:00")))
			.isEqualTo(Duration.ofMinutes(630));
		// 22:00–02:00 is 4 h, less the break 00:00–01:00
		assertThat(calendar.plannedWorkingTime(at("2026-03-02T22:00+08:00"), at("2026-03-03T02:00+08:00")))
			.isEqualTo(Duration.ofHours(3));
	}

	@Test
	void countsAWholeWeekOfTwoShiftsMondayToSaturday() {
		ShiftCalendar calendar = calendar(SHANGHAI, Set.of(), List.of());
		// 6 day shifts + 6 night shifts (Saturday's runs into Sunday 08:00) of 10.5 h;
		// Sunday starts no night shift, so Monday morning is free
		assertThat(calendar.plannedWorkingTime(at("2026-03-02T00:00+08:00"), at("2026-03-09T00:00+08:00")))
			.isEqualTo(Duration.ofHours(126));
	}

	@Test
	void countsTheSaturdayNightShiftThatRunsIntoSunday() {
		ShiftCalendar calendar = calendar(SHANGHAI, Set.of(), List.of());
		// Sunday 00:00–08:00 is the tail of Saturday's night shift: 8 h less 1.5 h breaks
		assertThat(calendar.plannedWorkingTime(at("2026-03-08T00:00+08:00"), at("2026-03-08T12:00+08:00")))
			.isEqualTo(Duration.ofMinutes(390));
	}

	@Test
	void dropsBothShiftsThatStartOnAHoliday() {
		ShiftCalendar calendar = calendar(SHANGHAI, Set.of(LocalDate.of(2026, 3, 4)), List.of());
		assertThat(calendar.plannedWorkingTime(at("2026-03-02T00:00+08:00"), at("2026-03-09T00:00+08:00")))
			.isEqualTo(Duration.ofHours(126 - 21));
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 4))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse();
	}

	@Test
	void takesPlannedStopsOutButNotTwiceWhereTheyMeetABreak() {
		// stop 10:00–14:00 on Tuesday: 4 h of which 12:00–13:00 was a break anyway
		ShiftCalendar calendar = calendar(SHANGHAI, Set.of(),
				List.of(new PlannedStop(at("2026-03-03T10:00+08:00"), at("2026-03-03T14:00+08:00"), "模具保养")));
		assertThat(calendar.plannedWorkingTime(at("2026-03-02T00:00+08:00"), at("2026-03-09T00:00+08:00")))
			.isEqualTo(Duration.ofHours(123));
	}

	@Test
	void aNightShiftIsAnHourShorterWhenTheClocksGoForward() {
		// Berlin: 2026-03-29 02:00 CET becomes 03:00 CEST. 20:00 CET (19:00Z) to 08:00
		// CEST
		// (06:00Z) is 11 h, less 1 h + 0.5 h of breaks
		ShiftCalendar calendar = calendar(BERLIN, Set.of(), List.of());
		assertThat(calendar.plannedWorkingTime(at("2026-03-28T19:00Z"), at("2026-03-29T06:00Z")))
			.isEqualTo(Duration.ofMinutes(570));
	}

	@Test
	void aNightShiftIsAnHourLongerWhenTheClocksGoBack() {
		// Berlin: 2026-10-25 03:00 CEST becomes 02:00 CET. 20:00 CEST (18:00Z) to 08:00
		// CET
		// (07:00Z) is 13 h, less 1.5 h of breaks
		ShiftCalendar calendar = calendar(BERLIN, Set.of(), List.of());
		assertThat(calendar.plannedWorkingTime(at("2026-10-24T18:00Z"), at("2026-10-25T07:00Z")))
			.isEqualTo(Duration.ofMinutes(690));
	}

	@Test
	void nothingIsPlannedOnASundayDayShift() {
		ShiftCalendar calendar = calendar(SHANGHAI, Set.of(), List.of());
		assertThat(calendar.plannedWorkingTime(at("2026-03-08T08:00+08:00"), at("2026-03-08T20:00+08:00"))).isZero();
	}

	@Test
	void acceptsABreakCrossingMidnightInsideANightShift() {
		ShiftPattern night = new ShiftPattern("夜班", LocalTime.of(22, 0), LocalTime.of(6, 0),
				List.of(new BreakWindow(LocalTime.of(23, 30), LocalTime.of(0, 30))));
		assertThat(night.violations()).isEmpty();
		ShiftCalendar calendar = new ShiftCalendar(SHANGHAI, EnumSet.allOf(DayOfWeek.class), List.of(night), Set.of(),
				List.of());
		assertThat(calendar.plannedWorkingTime(at("2026-03-02T22:00+08:00"), at("2026-03-03T06:00+08:00")))
			.isEqualTo(Duration.ofHours(7));
	}

	@Test
	void namesBreaksOutsideTheShiftAndOverlappingBreaks() {
		ShiftPattern pattern = new ShiftPattern("白班", LocalTime.of(8, 0), LocalTime.of(17, 0),
				List.of(new BreakWindow(LocalTime.of(12, 0), LocalTime.of(13, 0)),
						new BreakWindow(LocalTime.of(16, 30), LocalTime.of(17, 30)),
						new BreakWindow(LocalTime.of(12, 30), LocalTime.of(12, 45)),
						new BreakWindow(LocalTime.of(10, 0), LocalTime.of(10, 0))));
		assertThat(pattern.violations()).containsExactlyInAnyOrder(
				new ShiftPattern.Violation(ShiftPattern.Rule.BREAK_OUTSIDE_SHIFT, 1),
				new ShiftPattern.Violation(ShiftPattern.Rule.BREAK_OUTSIDE_SHIFT, 3),
				new ShiftPattern.Violation(ShiftPattern.Rule.BREAKS_OVERLAP, 2));
	}

	@Test
	void refusesAnEndBeforeTheStart() {
		ShiftCalendar calendar = calendar(SHANGHAI, Set.of(), List.of());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> calendar.plannedWorkingTime(at("2026-03-03T00:00Z"), at("2026-03-02T00:00Z")));
	}

	@Test
	void listsEachShiftOfASpanWithItsWorkingWindowsAndPlannedStopsCutOut() {
		ShiftCalendar calendar = calendar(SHANGHAI, Set.of(),
				List.of(new PlannedStop(at("2026-03-02T14:00+08:00"), at("2026-03-02T15:00+08:00"), "保养")));
		List<ShiftCalendar.ShiftOnDay> shifts = calendar.shiftsBetween(at("2026-03-02T06:00+08:00"),
				at("2026-03-03T06:00+08:00"));
		// the night shift of Sunday does not exist (Mon–Sat); Monday's day and night
		// shifts do
		assertThat(shifts).extracting((s) -> s.shift().name() + " " + s.day())
			.containsExactly("白班 2026-03-02", "夜班 2026-03-02");
		ShiftCalendar.ShiftOnDay day = shifts.get(0);
		assertThat(day.span()).isEqualTo(new TimeWindow(at("2026-03-02T08:00+08:00"), at("2026-03-02T20:00+08:00")));
		// 630 min net, less the one-hour planned stop
		assertThat(TimeWindow.total(day.working())).isEqualTo(Duration.ofMinutes(570));
		// the night shift is cut at 06:00, the end of the span: 10 h less 1.5 h of breaks
		assertThat(shifts.get(1).span().end()).isEqualTo(at("2026-03-03T06:00+08:00"));
		assertThat(TimeWindow.total(shifts.get(1).working())).isEqualTo(Duration.ofMinutes(510));
	}

}
