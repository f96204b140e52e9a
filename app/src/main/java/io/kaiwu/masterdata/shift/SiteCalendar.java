package io.kaiwu.masterdata.shift;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.masterdata.calendar.PlannedStop;
import io.kaiwu.masterdata.calendar.ShiftCalendar;
import io.kaiwu.masterdata.calendar.ShiftPattern;

/**
 * The shift calendar (班次日历) of one site, as stored.
 *
 * @param id the calendar's id.
 * @param tenant the tenant it belongs to.
 * @param site the site's id.
 * @param name display name.
 * @param workingDays the weekdays on which shifts start.
 * @param shifts the shifts of a working day.
 * @param holidays days without shifts, by date.
 * @param plannedStops spans without working time, by start.
 * @param createdAt when it was created.
 * @param updatedAt when it last changed.
 */
public record SiteCalendar(UUID id, UUID tenant, UUID site, String name, Set<DayOfWeek> workingDays,
		List<ShiftPattern> shifts, List<Holiday> holidays, List<PlannedStop> plannedStops, Instant createdAt,
		Instant updatedAt) {

	public SiteCalendar {
		workingDays = Set.copyOf(workingDays);
		shifts = List.copyOf(shifts);
		holidays = List.copyOf(holidays);
		plannedStops = List.copyOf(plannedStops);
	}

	/** The kernel that computes working time, in the site's zone. */
	public ShiftCalendar kernel(ZoneId zone) {
		Set<LocalDate> days = this.holidays.stream().map(Holiday::date).collect(Collectors.toSet());
		return new ShiftCalendar(zone, this.workingDays, this.shifts, days, this.plannedStops);
	}

	/** What the audit log keeps. */
	public record Snapshot(UUID site, String name, Set<DayOfWeek> workingDays, List<ShiftPattern> shifts, int holidays,
			int plannedStops) {
	}

	public Snapshot snapshot() {
		return new Snapshot(this.site, this.name, this.workingDays, this.shifts, this.holidays.size(),
				this.plannedStops.size());
	}

}
