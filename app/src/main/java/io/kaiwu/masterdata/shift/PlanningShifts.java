package io.kaiwu.masterdata.shift;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.masterdata.PlannedShift;
import io.kaiwu.masterdata.SiteWorkingTime;
import io.kaiwu.masterdata.calendar.PlannedStop;
import io.kaiwu.masterdata.calendar.ShiftPattern;
import io.kaiwu.masterdata.calendar.TimeWindow;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping each site's shift calendar (班次日历) and computing its planned working time. A
 * calendar hangs on a site of the tenant, one per site; its breaks lie inside their shift
 * and its planned stops end after they start.
 */
@Service
public class PlanningShifts implements SiteWorkingTime {

	/** The longest span a working-time question may cover. */
	public static final int MAX_DAYS = 400;

	private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

	private final ShiftCalendars calendars;

	private final EnterpriseStructure structure;

	private final ApplicationEventPublisher events;

	PlanningShifts(ShiftCalendars calendars, EnterpriseStructure structure, ApplicationEventPublisher events) {
		this.calendars = calendars;
		this.structure = structure;
		this.events = events;
	}

	/**
	 * The planned working time of a calendar's site.
	 *
	 * @param calendar the calendar asked.
	 * @param zone the site's time zone.
	 * @param from start of the span.
	 * @param to end of the span.
	 * @param total planned working time inside the span.
	 * @param windows the working windows, merged and sorted.
	 */
	public record WorkingTime(SiteCalendar calendar, ZoneId zone, Instant from, Instant to, Duration total,
			List<TimeWindow> windows) {
	}

	@Transactional(readOnly = true)
	public Page<SiteCalendar> list(KaiwuPrincipal principal, @Nullable UUID site, PageQuery page) {
		UUID tenant = principal.requireTenant().value();
		return Page.of(this.calendars.page(tenant, site, page), this.calendars.count(tenant, site), page);
	}

	@Transactional(readOnly = true)
	public SiteCalendar get(KaiwuPrincipal principal, UUID id) {
		return this.calendars.find(principal.requireTenant().value(), id)
			.filter((c) -> principal.maySee(c.site()))
			.orElseThrow(() -> new KaiwuProblem.NotFound("shift-calendar", id));
	}

	@Transactional
	public SiteCalendar create(KaiwuPrincipal principal, CalendarDraft draft) {
		UUID tenant = principal.requireTenant().value();
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		SiteCalendar calendar = checked(principal, id, draft, now, now);
		this.calendars.insert(calendar);
		this.events
			.publishEvent(ChangeRecorded.created(TenantId.of(tenant), "shift-calendar", id, calendar.snapshot()));
		return calendar;
	}

	@Transactional
	public SiteCalendar update(KaiwuPrincipal principal, UUID id, CalendarDraft draft) {
		SiteCalendar before = get(principal, id);
		SiteCalendar after = checked(principal, id, draft, before.createdAt(), Instant.now());
		this.calendars.update(after);
		this.events.publishEvent(ChangeRecorded.updated(TenantId.of(before.tenant()), "shift-calendar", id,
				before.snapshot(), after.snapshot()));
		return after;
	}

	@Transactional
	public void delete(KaiwuPrincipal principal, UUID id) {
		SiteCalendar calendar = get(principal, id);
		this.calendars.delete(calendar);
		this.events.publishEvent(
				ChangeRecorded.deleted(TenantId.of(calendar.tenant()), "shift-calendar", id, calendar.snapshot()));
	}

	/** The planned working time of the calendar's site inside {@code [from, to)}. */
	@Transactional(readOnly = true)
	public WorkingTime workingTime(KaiwuPrincipal principal, UUID id, Instant from, Instant to) {
		SiteCalendar calendar = get(principal, id);
		if (to.isBefore(from)) {
			throw new KaiwuProblem.InvalidInput("to", "problem.calendar.range-order");
		}
		if (Duration.between(from, to).toDays() > MAX_DAYS) {
			throw new KaiwuProblem.InvalidInput("to", "problem.calendar.range-too-long", MAX_DAYS);
		}
		ZoneId zone = zone(TenantId.of(calendar.tenant()), calendar.site());
		List<TimeWindow> windows = calendar.kernel(zone).plannedWorkingWindows(from, to);
		return new WorkingTime(calendar, zone, from, to, TimeWindow.total(windows), windows);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Duration> plannedWorkingTime(TenantId tenant, UUID site, Instant from, Instant to) {
		return this.calendars.findBySite(tenant.value(), site)
			.map((c) -> c.kernel(zone(tenant, site)).plannedWorkingTime(from, to));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<List<PlannedShift>> plannedShifts(TenantId tenant, UUID site, Instant from, Instant to) {
		return this.calendars.findBySite(tenant.value(), site)
			.map((c) -> c.kernel(zone(tenant, site))
				.shiftsBetween(from, to)
				.stream()
				.map((s) -> new PlannedShift(s.shift().name(), s.day(), s.span().start(), s.span().end(),
						s.working().stream().map((w) -> new PlannedShift.Window(w.start(), w.end())).toList()))
				.toList());
	}

	/** The names of the calendars on a node; empty when none. */
	@Transactional(readOnly = true)
	public List<String> calendarsOn(TenantId tenant, UUID node) {
		return this.calendars.namesOnSite(tenant.value(), node);
	}

	private ZoneId zone(TenantId tenant, UUID site) {
		return this.structure.findNode(tenant, site).map(StructureNode::timeZone).map(ZoneId::of).orElse(DEFAULT_ZONE);
	}

	private SiteCalendar checked(KaiwuPrincipal principal, UUID id, CalendarDraft draft, Instant createdAt,
			Instant updatedAt) {
		TenantId tenant = principal.requireTenant();
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		Optional<StructureNode> site = this.structure.findNode(tenant, draft.site())
			.filter((n) -> n.level() == NodeLevel.SITE && principal.maySee(n.id()));
		if (site.isEmpty()) {
			errors.add(new KaiwuProblem.FieldError("siteId", "problem.calendar.site-unknown", draft.site()));
		}
		else if (this.calendars.siteTaken(tenant.value(), draft.site(), id)) {
			errors.add(new KaiwuProblem.FieldError("siteId", "problem.calendar.site-taken", site.get().name()));
		}
		for (int s = 0; s < draft.shifts().size(); s++) {
			for (ShiftPattern.Violation violation : draft.shifts().get(s).violations()) {
				String key = switch (violation.rule()) {
					case BREAK_OUTSIDE_SHIFT -> "problem.calendar.break-outside";
					case BREAKS_OVERLAP -> "problem.calendar.breaks-overlap";
				};
				errors.add(new KaiwuProblem.FieldError("shifts[" + s + "].breaks[" + violation.breakIndex() + "]", key,
						draft.shifts().get(s).name()));
			}
		}
		List<PlannedStop> stops = new ArrayList<>();
		for (int i = 0; i < draft.plannedStops().size(); i++) {
			StopDraft stop = draft.plannedStops().get(i);
			if (!stop.end().isAfter(stop.start())) {
				errors.add(new KaiwuProblem.FieldError("plannedStops[" + i + "].end", "problem.calendar.stop-order"));
			}
			else {
				stops.add(new PlannedStop(stop.start(), stop.end(), stop.reason()));
			}
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Map<LocalDate, Holiday> holidays = new LinkedHashMap<>();
		draft.holidays().forEach((h) -> holidays.putIfAbsent(h.date(), h));
		return new SiteCalendar(id, tenant.value(), draft.site(), draft.name(), draft.workingDays(), draft.shifts(),
				holidays.values().stream().sorted(java.util.Comparator.comparing(Holiday::date)).toList(), stops,
				createdAt, updatedAt);
	}

}
