package io.kaiwu.maintenance.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.maintenance.kernel.CalendarDue;
import io.kaiwu.maintenance.order.MaintenanceOrder;
import io.kaiwu.maintenance.order.ManagingOrders;
import io.kaiwu.maintenance.plan.MaintenancePlan;
import io.kaiwu.maintenance.plan.MaintenanceSettings;
import io.kaiwu.maintenance.plan.ManagingPlans;
import io.kaiwu.maintenance.plan.TriggerKind;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The maintenance calendar (维护日历): a month grid, Monday first, with the orders planned on
 * each day, the days calendar plans fall due, and the day each plan by running hours or
 * parts is projected to fall due from its machine's use in the last week (marked as
 * projected).
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class CalendarPageController {

	private final ManagingOrders orders;

	private final ManagingPlans plans;

	private final EquipmentCatalog equipment;

	private final MaintenanceSettings settings;

	CalendarPageController(ManagingOrders orders, ManagingPlans plans, EquipmentCatalog equipment,
			MaintenanceSettings settings) {
		this.orders = orders;
		this.plans = plans;
		this.equipment = equipment;
		this.settings = settings;
	}

	/** One day of the grid, with what is planned on it. */
	record Day(LocalDate date, boolean inMonth, boolean today, List<MaintenanceOrder> orders,
			List<MaintenancePlan> plansDue, List<MaintenancePlan> plansProjected) {
	}

	@GetMapping("/maintenance/calendar")
	String calendar(@RequestParam(required = false) @Nullable String month, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		ZoneId zone = this.settings.zone();
		YearMonth shown = month(month, zone);
		LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		Instant from = first.atStartOfDay(zone).toInstant();
		Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();

		Map<LocalDate, List<MaintenanceOrder>> ordersByDay = new TreeMap<>();
		for (MaintenanceOrder order : this.orders.planned(tenant, from, to)) {
			if (order.plannedStart() != null) {
				LocalDate day = LocalDate.ofInstant(order.plannedStart(), zone);
				ordersByDay.computeIfAbsent(day, (d) -> new ArrayList<>()).add(order);
			}
		}
		Map<LocalDate, List<MaintenancePlan>> plansByDay = new TreeMap<>();
		Map<LocalDate, List<MaintenancePlan>> projectedByDay = new TreeMap<>();
		Instant now = Instant.now();
		for (MaintenancePlan plan : this.plans.active(tenant)) {
			if (plan.trigger().byUsage()) {
				this.plans.projectedDue(plan, now)
					.map((at) -> LocalDate.ofInstant(at, zone))
					.filter((day) -> !day.isBefore(first) && !day.isAfter(last))
					.ifPresent((day) -> projectedByDay.computeIfAbsent(day, (d) -> new ArrayList<>()).add(plan));
				continue;
			}
			if (plan.trigger() != TriggerKind.CALENDAR || plan.nextDueOn() == null || plan.startOn() == null
					|| plan.calendarUnit() == null) {
				continue;
			}
			CalendarDue due = new CalendarDue(plan.startOn(), plan.every(), plan.calendarUnit());
			for (LocalDate day = plan.nextDueOn(); !day.isAfter(last); day = due.nextAfter(day)) {
				if (!day.isBefore(first)) {
					plansByDay.computeIfAbsent(day, (d) -> new ArrayList<>()).add(plan);
				}
			}
		}
		LocalDate today = LocalDate.now(zone);
		List<List<Day>> weeks = new ArrayList<>();
		for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
			List<Day> week = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				LocalDate day = monday.plusDays(i);
				week.add(new Day(day, YearMonth.from(day).equals(shown), day.equals(today),
						ordersByDay.getOrDefault(day, List.of()), plansByDay.getOrDefault(day, List.of()),
						projectedByDay.getOrDefault(day, List.of())));
			}
			weeks.add(week);
		}
		model.addAttribute("month", shown);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("weeks", weeks);
		model.addAttribute("machines", OrderPagesController.machines(this.equipment, tenant));
		model.addAttribute("when", OrderPagesController.when(zone));
		return "maintenance/calendar";
	}

	private static YearMonth month(@Nullable String value, ZoneId zone) {
		if (value == null || value.isBlank()) {
			return YearMonth.now(zone);
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new KaiwuProblem.InvalidInput("month", "problem.maintenance.calendar.month", value);
		}
	}

}
