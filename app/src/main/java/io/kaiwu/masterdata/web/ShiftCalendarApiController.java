package io.kaiwu.masterdata.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.masterdata.calendar.BreakWindow;
import io.kaiwu.masterdata.calendar.ShiftPattern;
import io.kaiwu.masterdata.shift.CalendarDraft;
import io.kaiwu.masterdata.shift.Holiday;
import io.kaiwu.masterdata.shift.PlanningShifts;
import io.kaiwu.masterdata.shift.SiteCalendar;
import io.kaiwu.masterdata.shift.StopDraft;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shift calendars (班次日历), one per site: shifts with breaks, working weekdays, holidays
 * and planned stops; and the planned working time they give.
 */
@RestController
@RequestMapping("/api/v1/shift-calendars")
@PreAuthorize("hasRole('VIEWER')")
class ShiftCalendarApiController {

	private final PlanningShifts shifts;

	ShiftCalendarApiController(PlanningShifts shifts) {
		this.shifts = shifts;
	}

	record BreakForm(@NotNull LocalTime start, @NotNull LocalTime end) {
	}

	record ShiftForm(@NotBlank @Size(max = 100) String name, @NotNull LocalTime start, @NotNull LocalTime end,
			@Nullable List<@Valid @NotNull BreakForm> breaks) {

		ShiftPattern pattern() {
			return new ShiftPattern(this.name.trim(), this.start, this.end, (this.breaks == null) ? List.of()
					: this.breaks.stream().map((b) -> new BreakWindow(b.start(), b.end())).toList());
		}

	}

	record HolidayForm(@NotNull LocalDate date, @Nullable @Size(max = 100) String name) {
	}

	record StopForm(@NotNull OffsetDateTime start, @NotNull OffsetDateTime end,
			@NotBlank @Size(max = 200) String reason) {
	}

	record CalendarForm(@NotNull UUID siteId, @NotBlank @Size(max = 200) String name,
			@NotEmpty Set<DayOfWeek> workingDays, @NotEmpty @Size(max = 10) List<@Valid @NotNull ShiftForm> shifts,
			@Nullable @Size(max = 400) List<@Valid @NotNull HolidayForm> holidays,
			@Nullable @Size(max = 1000) List<@Valid @NotNull StopForm> plannedStops) {

		CalendarDraft draft() {
			return new CalendarDraft(this.siteId, this.name.trim(), this.workingDays,
					this.shifts.stream().map(ShiftForm::pattern).toList(),
					(this.holidays == null) ? List.of()
							: this.holidays.stream()
								.map((h) -> new Holiday(h.date(), (h.name() == null) ? "" : h.name().trim()))
								.toList(),
					(this.plannedStops == null) ? List.of() : this.plannedStops.stream()
						.map((s) -> new StopDraft(s.start().toInstant(), s.end().toInstant(), s.reason().trim()))
						.toList());
		}

	}

	record BreakView(LocalTime start, LocalTime end) {
	}

	record ShiftView(String name, LocalTime start, LocalTime end, boolean crossesMidnight, List<BreakView> breaks) {
	}

	record StopView(OffsetDateTime start, OffsetDateTime end, String reason) {
	}

	record CalendarView(UUID id, UUID siteId, String name, List<DayOfWeek> workingDays, List<ShiftView> shifts,
			List<Holiday> holidays, List<StopView> plannedStops, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

		static CalendarView of(SiteCalendar c) {
			return new CalendarView(c.id(), c.site(), c.name(), c.workingDays().stream().sorted().toList(),
					c.shifts()
						.stream()
						.map((s) -> new ShiftView(s.name(), s.start(), s.end(), s.crossesMidnight(),
								s.breaks().stream().map((b) -> new BreakView(b.start(), b.end())).toList()))
						.toList(),
					c.holidays(),
					c.plannedStops()
						.stream()
						.map((p) -> new StopView(p.start().atOffset(ZoneOffset.UTC), p.end().atOffset(ZoneOffset.UTC),
								p.reason()))
						.toList(),
					c.createdAt().atOffset(ZoneOffset.UTC), c.updatedAt().atOffset(ZoneOffset.UTC));
		}

	}

	record WindowView(OffsetDateTime start, OffsetDateTime end) {
	}

	record WorkingTimeView(UUID calendarId, UUID siteId, String timeZone, OffsetDateTime from, OffsetDateTime to,
			long minutes, BigDecimal hours, List<WindowView> windows) {
	}

	@GetMapping
	Page<CalendarView> list(@RequestParam(required = false) @Nullable UUID siteId,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.shifts.list(CurrentPrincipal.get(), siteId, PageQuery.of(page, size)).map(CalendarView::of);
	}

	@GetMapping("/{id}")
	CalendarView get(@PathVariable UUID id) {
		return CalendarView.of(this.shifts.get(CurrentPrincipal.get(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	CalendarView create(@Valid @RequestBody CalendarForm form) {
		return CalendarView.of(this.shifts.create(CurrentPrincipal.get(), form.draft()));
	}

	/** Replaces the whole calendar: shifts, holidays and planned stops. */
	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	CalendarView update(@PathVariable UUID id, @Valid @RequestBody CalendarForm form) {
		return CalendarView.of(this.shifts.update(CurrentPrincipal.get(), id, form.draft()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.shifts.delete(CurrentPrincipal.get(), id);
	}

	/**
	 * The planned working time of the calendar's site between two instants (ISO-8601 with
	 * offset): shift time minus breaks, holidays and planned stops.
	 */
	@GetMapping("/{id}/working-time")
	WorkingTimeView workingTime(@PathVariable UUID id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
		PlanningShifts.WorkingTime time = this.shifts.workingTime(CurrentPrincipal.get(), id, from.toInstant(),
				to.toInstant());
		long minutes = time.total().toMinutes();
		return new WorkingTimeView(id, time.calendar().site(), time.zone().getId(), from, to, minutes,
				BigDecimal.valueOf(time.total().toSeconds()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP),
				time.windows()
					.stream()
					.map((w) -> new WindowView(w.start().atZone(time.zone()).toOffsetDateTime(),
							w.end().atZone(time.zone()).toOffsetDateTime()))
					.toList());
	}

}
