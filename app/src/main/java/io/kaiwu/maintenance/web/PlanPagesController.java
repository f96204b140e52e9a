package io.kaiwu.maintenance.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.maintenance.kernel.CalendarUnit;
import io.kaiwu.maintenance.order.OrderPriority;
import io.kaiwu.maintenance.plan.MaintenancePlan;
import io.kaiwu.maintenance.plan.ManagingPlans;
import io.kaiwu.maintenance.plan.PlanDraft;
import io.kaiwu.maintenance.plan.TriggerKind;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Maintenance plans (维护计划) as pages: each plan with its trigger, the machine's reading
 * and the next due point, a form for a new plan, and each plan's own page to change it. A
 * refused form shows the services' reasons (the REST API's) next to the fields.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class PlanPagesController {

	private final ManagingPlans plans;

	private final EquipmentCatalog equipment;

	private final Problems problems;

	PlanPagesController(ManagingPlans plans, EquipmentCatalog equipment, Problems problems) {
		this.plans = plans;
		this.equipment = equipment;
		this.problems = problems;
	}

	/** The form's fields as the browser sends them; the checklist one step per line. */
	record PlanForm(@Nullable UUID equipmentId, @Nullable String name, @Nullable String description,
			@Nullable String trigger, @Nullable String every, @Nullable String calendarUnit, @Nullable String startOn,
			@Nullable String checklist, @Nullable String priority, @Nullable String assignee,
			@Nullable String windowMinutes, @Nullable Boolean suppressAlarms, @Nullable Boolean active) {

		static PlanForm of(MaintenancePlan plan) {
			return new PlanForm(plan.equipmentId(), plan.name(), plan.description(), plan.trigger().name(),
					String.valueOf(plan.every()), (plan.calendarUnit() != null) ? plan.calendarUnit().name() : null,
					(plan.startOn() != null) ? plan.startOn().toString() : null, String.join("\n", plan.checklist()),
					plan.priority().name(), plan.assignee(),
					(plan.windowMinutes() != null) ? plan.windowMinutes().toString() : null, plan.suppressAlarms(),
					plan.active());
		}

		PlanDraft draft() {
			List<String> steps = (this.checklist == null) ? List.of()
					: Arrays.stream(this.checklist.split("\\R")).filter((s) -> !s.isBlank()).toList();
			return new PlanDraft(this.equipmentId, this.name, this.description, this.trigger,
					Forms.integer(this.every, "every"), this.calendarUnit, this.startOn, steps, this.priority,
					this.assignee, Forms.integer(this.windowMinutes, "windowMinutes"), this.suppressAlarms,
					this.active);
		}

	}

	@GetMapping("/maintenance/plans")
	String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		model.addAttribute("page", this.plans.list(tenant, null, PageQuery.of(page, 50)));
		model.addAttribute("readings", this.plans);
		choices(me, tenant, model);
		return "maintenance/plans";
	}

	/** What the plan form offers. */
	private void choices(KaiwuPrincipal me, TenantId tenant, Model model) {
		model.addAttribute("machines", OrderPagesController.machines(this.equipment, tenant));
		model.addAttribute("triggers", TriggerKind.values());
		model.addAttribute("units", CalendarUnit.values());
		model.addAttribute("priorities", OrderPriority.values());
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		model.addAttribute("errors", List.of());
		model.addAttribute("fieldErrors", Map.of());
	}

	@PostMapping("/maintenance/plans")
	@PreAuthorize("hasRole('ENGINEER')")
	String create(@ModelAttribute PlanForm form, Model model) {
		try {
			this.plans.create(CurrentPrincipal.get().requireTenant(), form.draft());
			return "redirect:/maintenance/plans";
		}
		catch (KaiwuProblem.InvalidInput ex) {
			list(null, model);
			refused(ex, form, model);
			return "maintenance/plans";
		}
	}

	@GetMapping("/maintenance/plans/{id}")
	String plan(@PathVariable UUID id, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		MaintenancePlan plan = this.plans.get(tenant, id);
		choices(me, tenant, model);
		model.addAttribute("plan", plan);
		model.addAttribute("form", PlanForm.of(plan));
		return "maintenance/plan";
	}

	@PostMapping("/maintenance/plans/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	String update(@PathVariable UUID id, @ModelAttribute PlanForm form, Model model) {
		try {
			this.plans.update(CurrentPrincipal.get().requireTenant(), id, form.draft());
			return "redirect:/maintenance/plans";
		}
		catch (KaiwuProblem.InvalidInput ex) {
			plan(id, model);
			refused(ex, form, model);
			return "maintenance/plan";
		}
	}

	/** Shows the form again as it was sent, with the reasons next to its fields. */
	private void refused(KaiwuProblem.InvalidInput ex, PlanForm form, Model model) {
		model.addAttribute("errors", this.problems.lines(ex));
		model.addAttribute("fieldErrors", this.problems.byField(ex));
		model.addAttribute("form", form);
	}

	@PostMapping("/maintenance/plans/{id}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String delete(@PathVariable UUID id) {
		this.plans.delete(CurrentPrincipal.get().requireTenant(), id);
		return "redirect:/maintenance/plans";
	}

}
