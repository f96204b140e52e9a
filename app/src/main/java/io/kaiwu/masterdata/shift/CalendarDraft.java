package io.kaiwu.masterdata.shift;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.masterdata.calendar.ShiftPattern;

/**
 * What a user gives to create or replace a site's shift calendar.
 *
 * @param site the site's id.
 * @param name display name.
 * @param workingDays the weekdays on which shifts start.
 * @param shifts the shifts of a working day.
 * @param holidays days without shifts.
 * @param plannedStops spans without working time.
 */
public record CalendarDraft(UUID site, String name, Set<DayOfWeek> workingDays, List<ShiftPattern> shifts,
		List<Holiday> holidays, List<StopDraft> plannedStops) {
}
