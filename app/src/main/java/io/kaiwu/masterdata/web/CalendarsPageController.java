package io.kaiwu.masterdata.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.kaiwu.masterdata.calendar.BreakWindow;
import io.kaiwu.masterdata.calendar.ShiftPattern;
import io.kaiwu.masterdata.shift.CalendarDraft;
import io.kaiwu.masterdata.shift.Holiday;
import io.kaiwu.masterdata.shift.PlanningShifts;
import io.kaiwu.masterdata.shift.SiteCalendar;
import io.kaiwu.masterdata.shift.StopDraft;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One card per site's shift calendar (班次日历): shifts with breaks, working weekdays,
 * holidays and planned stops, each changed by a small form that replaces the whole
 * calendar; and the planned working time between two dates.
 */
@Controller
@RequestMapping("/masterdata/calendars")
class CalendarsPageController {

	private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

	private final PlanningShifts shifts;

	private final EnterpriseStructure structure;

	private final ProblemDetails problems;

	CalendarsPageController(PlanningShifts shifts, EnterpriseStructure structure, ProblemDetails problems) {
		this.shifts = shifts;
		this.structure = structure;
		this.problems = problems;
	}

	record ShiftForm(@NotBlank @Size(max = 100) String name, @NotNull @DateTimeFormat(iso = ISO.TIME) LocalTime start,
			@NotNull @DateTimeFormat(iso = ISO.TIME) LocalTime end,
			@Nullable @DateTimeFormat(iso = ISO.TIME) LocalTime break1Start,
			@Nullable @DateTimeFormat(iso = ISO.TIME) LocalTime break1End,
			@Nullable @DateTimeFormat(iso = ISO.TIME) LocalTime break2Start,
			@Nullable @DateTimeFormat(iso = ISO.TIME) LocalTime break2End) {

		ShiftPattern pattern() {
			List<BreakWindow> breaks = new ArrayList<>();
			addBreak(breaks, this.break1Start, this.break1End);
			addBreak(breaks, this.break2Start, this.break2End);
			return new ShiftPattern(this.name.trim(), this.start, this.end, breaks);
		}

		private static void addBreak(List<BreakWindow> breaks, @Nullable LocalTime start, @Nullable LocalTime end) {
			if (start != null && end != null) {
				breaks.add(new BreakWindow(start, end));
			}
			else if (start != null || end != null) {
				throw new KaiwuProblem.InvalidInput("breaks", "problem.calendar.break-incomplete");
			}
		}

	}

	record CalendarForm(@NotNull UUID siteId, @NotBlank @Size(max = 200) String name,
			@Nullable Set<DayOfWeek> workingDays, @Valid @NotNull ShiftForm shift) {
	}

	record HolidayForm(@NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate date,
			@Nullable @Size(max = 100) String name) {
	}

	record StopForm(@NotNull @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime start,
			@NotNull @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime end, @NotBlank @Size(max = 200) String reason) {
	}

	/**
	 * The cards; with {@code calendar}, {@code from} and {@code to} also its working
	 * time.
	 */
	@GetMapping
	String list(@RequestParam(required = false) @Nullable UUID calendar,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		List<SiteCalendar> calendars = this.shifts.list(me, null, PageQuery.of(0, PageQuery.MAX_SIZE)).items();
		List<StructureNode> sites = this.structure.sites(me.requireTenant())
			.stream()
			.filter((s) -> me.maySee(s.id()))
			.toList();
		Set<UUID> planned = calendars.stream().map(SiteCalendar::site).collect(Collectors.toSet());
		Map<UUID, ZoneId> zones = new HashMap<>();
		sites.forEach((s) -> zones.put(s.id(), zone(s)));
		LocalDate today = LocalDate.now(DEFAULT_ZONE);
		Map<UUID, String> names = sites.stream().collect(Collectors.toMap(StructureNode::id, StructureNode::name));
		Locale locale = LocaleContextHolder.getLocale();
		Map<DayOfWeek, String> weekdays = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			weekdays.put(day, day.getDisplayName(TextStyle.SHORT, locale));
		}
		model.addAttribute("cards",
				calendars.stream()
					.map((c) -> CalendarCard.of(c, names.getOrDefault(c.site(), ""),
							zones.getOrDefault(c.site(), DEFAULT_ZONE)))
					.toList());
		model.addAttribute("freeSites", sites.stream().filter((s) -> !planned.contains(s.id())).toList());
		model.addAttribute("weekdays", weekdays);
		model.addAttribute("from", (from != null) ? from : today.withDayOfMonth(1));
		model.addAttribute("to", (to != null) ? to : today.withDayOfMonth(today.lengthOfMonth()));
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		if (calendar != null && from != null && to != null) {
			workingTime(me, calendar, from, to, zones, model);
		}
		return "masterdata/calendars";
	}

	@PostMapping
	@PreAuthorize("hasRole('ENGINEER')")
	String create(@Valid @ModelAttribute CalendarForm form) {
		Set<DayOfWeek> days = (form.workingDays() == null || form.workingDays().isEmpty())
				? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : form.workingDays();
		this.shifts.create(CurrentPrincipal.get(), new CalendarDraft(form.siteId(), form.name().trim(), days,
				List.of(form.shift().pattern()), List.of(), List.of()));
		return "redirect:/masterdata/calendars";
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String delete(@PathVariable UUID id) {
		this.shifts.delete(CurrentPrincipal.get(), id);
		return "redirect:/masterdata/calendars";
	}

	@PostMapping("/{id}/working-days")
	@PreAuthorize("hasRole('ENGINEER')")
	String workingDays(@PathVariable UUID id, @RequestParam(required = false) @Nullable Set<DayOfWeek> workingDays) {
		return change(id, (c) -> c.workingDays = (workingDays == null) ? Set.of() : workingDays);
	}

	@PostMapping("/{id}/shifts")
	@PreAuthorize("hasRole('ENGINEER')")
	String addShift(@PathVariable UUID id, @Valid @ModelAttribute ShiftForm form) {
		ShiftPattern shift = form.pattern();
		return change(id, (c) -> c.shifts.add(shift));
	}

	@PostMapping("/{id}/shifts/{index}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String removeShift(@PathVariable UUID id, @PathVariable int index) {
		return change(id, (c) -> c.removeShift(index));
	}

	@PostMapping("/{id}/holidays")
	@PreAuthorize("hasRole('ENGINEER')")
	String addHoliday(@PathVariable UUID id, @Valid @ModelAttribute HolidayForm form) {
		Holiday holiday = new Holiday(form.date(), (form.name() == null) ? "" : form.name().trim());
		return change(id, (c) -> {
			c.removeHoliday(holiday.date());
			c.holidays.add(holiday);
		});
	}

	@PostMapping("/{id}/holidays/{date}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String removeHoliday(@PathVariable UUID id, @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
		return change(id, (c) -> c.removeHoliday(date));
	}

	@PostMapping("/{id}/stops")
	@PreAuthorize("hasRole('ENGINEER')")
	String addStop(@PathVariable UUID id, @Valid @ModelAttribute StopForm form) {
		ZoneId zone = siteZone(this.shifts.get(CurrentPrincipal.get(), id));
		StopDraft stop = new StopDraft(form.start().atZone(zone).toInstant(), form.end().atZone(zone).toInstant(),
				form.reason().trim());
		return change(id, (c) -> c.stops.add(stop));
	}

	@PostMapping("/{id}/stops/{index}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String removeStop(@PathVariable UUID id, @PathVariable int index) {
		return change(id, (c) -> c.removeStop(index));
	}

	private String change(UUID id, Consumer<CalendarEdits> edit) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		this.shifts.update(me, id, CalendarEdits.edit(this.shifts.get(me, id), edit));
		return "redirect:/masterdata/calendars#calendar-" + id;
	}

	private void workingTime(KaiwuPrincipal me, UUID id, LocalDate from, LocalDate to, Map<UUID, ZoneId> zones,
			Model model) {
		try {
			ZoneId zone = zones.getOrDefault(this.shifts.get(me, id).site(), DEFAULT_ZONE);
			PlanningShifts.WorkingTime time = this.shifts.workingTime(me, id, from.atStartOfDay(zone).toInstant(),
					to.plusDays(1).atStartOfDay(zone).toInstant());
			model.addAttribute("workingFor", id);
			model.addAttribute("workingHours",
					BigDecimal.valueOf(time.total().toSeconds())
						.divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP)
						.toPlainString());
		}
		catch (KaiwuProblem.InvalidInput ex) {
			model.addAttribute("error",
					ex.errors()
						.stream()
						.map((e) -> this.problems.message(e.messageKey(), e.args()))
						.collect(Collectors.joining(" ")));
		}
	}

	private ZoneId siteZone(SiteCalendar calendar) {
		return this.structure.findNode(CurrentPrincipal.get().requireTenant(), calendar.site())
			.map(CalendarsPageController::zone)
			.orElse(DEFAULT_ZONE);
	}

	private static ZoneId zone(StructureNode site) {
		return (site.timeZone() == null) ? DEFAULT_ZONE : ZoneId.of(site.timeZone());
	}

}
