package io.kaiwu.quality.inspection.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.quality.inspection.InspectionKind;
import io.kaiwu.quality.inspection.plan.CharacteristicType;
import io.kaiwu.quality.inspection.plan.FrequencyKind;
import io.kaiwu.quality.inspection.plan.InspectionPlan;
import io.kaiwu.quality.inspection.plan.InspectionPlans;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Inspection plans as pages: the list, a new plan and each plan's page to change it, with
 * one row per characteristic. A refused form shows the services' reasons (the REST API's)
 * on the rows they concern.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class InspectionPlanPagesController {

	private final InspectionPlans plans;

	private final ItemCatalog items;

	private final ProblemDetails problems;

	InspectionPlanPagesController(InspectionPlans plans, ItemCatalog items, ProblemDetails problems) {
		this.plans = plans;
		this.items = items;
		this.problems = problems;
	}

	@GetMapping("/quality/inspection/plans")
	String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		var found = this.plans.list(tenant, null, null, PageQuery.of(page, 100));
		model.addAttribute("page", found);
		model.addAttribute("items", itemNames(tenant, found.items()));
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		return "quality/inspection/plans";
	}

	@GetMapping("/quality/inspection/plans/new")
	@PreAuthorize("hasRole('ENGINEER')")
	String create(@RequestParam(required = false) @Nullable String kind, Model model) {
		form(model, PlanForm.empty((kind != null) ? kind : InspectionKind.IN_PROCESS.name()), null);
		return "quality/inspection/plan";
	}

	@PostMapping("/quality/inspection/plans")
	@PreAuthorize("hasRole('ENGINEER')")
	String create(@RequestParam MultiValueMap<String, String> params, Model model) {
		PlanForm form = PlanForm.of(params);
		try {
			InspectionPlan plan = this.plans.create(CurrentPrincipal.get().requireTenant(), form.draft());
			return "redirect:/quality/inspection/plans/" + plan.id();
		}
		catch (KaiwuProblem.InvalidInput ex) {
			form(model, form, null);
			refused(ex, form, model);
			return "quality/inspection/plan";
		}
	}

	@GetMapping("/quality/inspection/plans/{id}")
	String plan(@PathVariable UUID id, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		InspectionPlan plan = this.plans.get(tenant, id);
		String itemCode = this.items.item(tenant, plan.itemId()).map(ItemCatalog.ItemSummary::code).orElse("");
		form(model, PlanForm.of(plan, itemCode), plan);
		return "quality/inspection/plan";
	}

	@PostMapping("/quality/inspection/plans/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		PlanForm form = PlanForm.of(params);
		try {
			this.plans.update(tenant, id, form.draft());
			return "redirect:/quality/inspection/plans/" + id;
		}
		catch (KaiwuProblem.InvalidInput ex) {
			form(model, form, this.plans.get(tenant, id));
			refused(ex, form, model);
			return "quality/inspection/plan";
		}
	}

	@PostMapping("/quality/inspection/plans/{id}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String delete(@PathVariable UUID id, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		try {
			this.plans.delete(tenant, id);
			return "redirect:/quality/inspection/plans";
		}
		catch (KaiwuProblem.Conflict ex) {
			plan(id, model);
			model.addAttribute("errors", this.problems.lines(ex));
			return "quality/inspection/plan";
		}
	}

	private void form(Model model, PlanForm form, @Nullable InspectionPlan plan) {
		model.addAttribute("form", form);
		model.addAttribute("plan", plan);
		model.addAttribute("kinds", InspectionKind.values());
		model.addAttribute("types", CharacteristicType.values());
		model.addAttribute("frequencies", FrequencyKind.values());
		model.addAttribute("canEdit", CurrentPrincipal.get().has(Role.ENGINEER));
		model.addAttribute("errors", List.of());
		model.addAttribute("fieldErrors", Map.of());
	}

	private void refused(KaiwuProblem.InvalidInput ex, PlanForm form, Model model) {
		Map<String, String> byField = new LinkedHashMap<>();
		List<String> lines = new java.util.ArrayList<>();
		for (KaiwuProblem.FieldError e : ex.errors()) {
			String field = form.formField(e.field());
			String message = this.problems.message(e.messageKey(), e.args());
			byField.merge(field, message, (a, b) -> a + " " + b);
			lines.add(message);
		}
		model.addAttribute("errors", lines);
		model.addAttribute("fieldErrors", byField);
	}

	/** Item code and name by id, for the plans shown. */
	private Map<UUID, String> itemNames(TenantId tenant, List<InspectionPlan> plans) {
		Map<UUID, String> names = new LinkedHashMap<>();
		for (InspectionPlan p : plans) {
			names.computeIfAbsent(p.itemId(),
					(id) -> this.items.item(tenant, id).map((i) -> i.code() + " " + i.name()).orElse(id.toString()));
		}
		return names;
	}

}
