package io.kaiwu.masterdata.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import io.kaiwu.masterdata.calendar.ShiftPattern;
import io.kaiwu.masterdata.shift.CalendarDraft;
import io.kaiwu.masterdata.shift.Holiday;
import io.kaiwu.masterdata.shift.SiteCalendar;
import io.kaiwu.masterdata.shift.StopDraft;
import io.kaiwu.shared.KaiwuProblem;

/**
 * A stored shift calendar as a draft that a page form changes one part of; the whole
 * draft then replaces the calendar, as the REST PUT does.
 */
final class CalendarEdits {

	Set<DayOfWeek> workingDays;

	final List<ShiftPattern> shifts;

	final List<Holiday> holidays;

	final List<StopDraft> stops;

	private CalendarEdits(SiteCalendar calendar) {
		this.workingDays = calendar.workingDays();
		this.shifts = new ArrayList<>(calendar.shifts());
		this.holidays = new ArrayList<>(calendar.holidays());
		this.stops = new ArrayList<>(
				calendar.plannedStops().stream().map((s) -> new StopDraft(s.start(), s.end(), s.reason())).toList());
	}

	/** The calendar with one change made. */
	static CalendarDraft edit(SiteCalendar calendar, Consumer<CalendarEdits> change) {
		CalendarEdits edits = new CalendarEdits(calendar);
		change.accept(edits);
		if (edits.shifts.isEmpty()) {
			throw new KaiwuProblem.InvalidInput("shifts", "problem.calendar.shift-required");
		}
		if (edits.workingDays.isEmpty()) {
			throw new KaiwuProblem.InvalidInput("workingDays", "problem.calendar.days-required");
		}
		return new CalendarDraft(calendar.site(), calendar.name(), edits.workingDays, edits.shifts, edits.holidays,
				edits.stops);
	}

	void removeShift(int index) {
		if (index >= 0 && index < this.shifts.size()) {
			this.shifts.remove(index);
		}
	}

	void removeHoliday(LocalDate date) {
		this.holidays.removeIf((h) -> h.date().equals(date));
	}

	void removeStop(int index) {
		if (index >= 0 && index < this.stops.size()) {
			this.stops.remove(index);
		}
	}

}
