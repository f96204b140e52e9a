package io.kaiwu.masterdata.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The working rhythm of one site: which weekdays are worked, the shifts of a working day,
 * the holidays (no shift starts on them) and the planned stops. Planned working time is
 * shift time minus breaks, minus holidays and planned stops, counted in real elapsed time
 * in the site's time zone.
 *
 * @param zone the site's time zone.
 * @param workingDays the weekdays on which shifts start.
 * @param shifts the shifts of a working day.
 * @param holidays days on which no shift starts.
 * @param plannedStops spans without any working time.
 */
public record ShiftCalendar(ZoneId zone, Set<DayOfWeek> workingDays, List<ShiftPattern> shifts, Set<LocalDate> holidays,
		List<PlannedStop> plannedStops) {

	public ShiftCalendar {
		workingDays = Set.copyOf(workingDays);
		shifts = List.copyOf(shifts);
		holidays = Set.copyOf(holidays);
		plannedStops = List.copyOf(plannedStops);
	}

	/** Whether shifts start on this day. */
	public boolean isWorkingDay(LocalDate day) {
		return this.workingDays.contains(day.getDayOfWeek()) && !this.holidays.contains(day);
	}

	/**
	 * The planned working windows inside {@code [from, to)}, sorted and merged.
	 * @param from must not be after {@code to}.
	 * @param to must not be {@literal null}.
	 */
	public List<TimeWindow> plannedWorkingWindows(Instant from, Instant to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The end must not be before the start");
		}
		// a shift that started the day before may still run at 'from'
		LocalDate day = from.atZone(this.zone).toLocalDate().minusDays(1);
		LocalDate last = to.atZone(this.zone).toLocalDate();
		List<TimeWindow> windows = new ArrayList<>();
		for (; !day.isAfter(last); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				for (ShiftPattern shift : this.shifts) {
					windows.addAll(shift.workingWindows(day, this.zone));
				}
			}
		}
		List<TimeWindow> stops = this.plannedStops.stream().map(PlannedStop::window).toList();
		return TimeWindow.clip(TimeWindow.subtract(windows, stops), from, to);
	}

	/**
	 * One shift on one day with its span and its planned working windows.
	 *
	 * @param shift the pattern.
	 * @param day the day it starts on.
	 * @param span the shift, clipped to the span asked about.
	 * @param working its working windows (breaks and planned stops cut out), clipped.
	 */
	public record ShiftOnDay(ShiftPattern shift, LocalDate day, TimeWindow span, List<TimeWindow> working) {
	}

	/**
	 * The shifts that overlap {@code [from, to)}, in time order, clipped to it.
	 * @param from must not be after {@code to}.
	 * @param to must not be {@literal null}.
	 */
	public List<ShiftOnDay> shiftsBetween(Instant from, Instant to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The end must not be before the start");
		}
		LocalDate day = from.atZone(this.zone).toLocalDate().minusDays(1);
		LocalDate last = to.atZone(this.zone).toLocalDate();
		List<TimeWindow> stops = this.plannedStops.stream().map(PlannedStop::window).toList();
		List<ShiftOnDay> shifts = new ArrayList<>();
		for (; !day.isAfter(last); day = day.plusDays(1)) {
			if (!isWorkingDay(day)) {
				continue;
			}
			for (ShiftPattern shift : this.shifts) {
				List<TimeWindow> whole = shift.workingWindows(day, this.zone);
				Instant start = shift.start(day, this.zone);
				Instant end = shift.end(day, this.zone);
				if (whole.isEmpty() || !start.isBefore(to) || !end.isAfter(from)) {
					continue;
				}
				TimeWindow span = new TimeWindow(start.isBefore(from) ? from : start, end.isAfter(to) ? to : end);
				shifts.add(
						new ShiftOnDay(shift, day, span, TimeWindow.clip(TimeWindow.subtract(whole, stops), from, to)));
			}
		}
		shifts.sort(Comparator.comparing((ShiftOnDay s) -> s.span().start()));
		return shifts;
	}

	/**
	 * The planned working time inside {@code [from, to)}.
	 * @param from must not be after {@code to}.
	 * @param to must not be {@literal null}.
	 */
	public Duration plannedWorkingTime(Instant from, Instant to) {
		return TimeWindow.total(plannedWorkingWindows(from, to));
	}

}
