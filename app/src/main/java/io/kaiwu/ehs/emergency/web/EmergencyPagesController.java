package io.kaiwu.ehs.emergency.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaiwu.ehs.emergency.Drill;
import io.kaiwu.ehs.emergency.DrillDraft;
import io.kaiwu.ehs.emergency.EmergencyPlan;
import io.kaiwu.ehs.emergency.ManagingEmergency;
import io.kaiwu.ehs.emergency.PlanDraft;
import io.kaiwu.ehs.emergency.PlanKind;
import io.kaiwu.ehs.emergency.TrackedPlan;
import io.kaiwu.ehs.inspection.Finding;
import io.kaiwu.ehs.inspection.FindingDraft;
import io.kaiwu.ehs.inspection.ManagingInspections;
import io.kaiwu.ehs.inspection.Severity;
import io.kaiwu.ehs.inspection.SiteDays;
import io.kaiwu.ehs.site.HazardSource;
import io.kaiwu.ehs.site.ManagingEhsSites;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 应急管理 page: plans with their review and drill due dates (the late ones marked),
 * drills with the findings they raised, and forms for a new plan and a new drill (with at
 * most one finding from the page; the REST API takes any number). A refused form shows
 * the services' reasons above it.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class EmergencyPagesController {

	private final ManagingEmergency emergency;

	private final ManagingInspections inspections;

	private final ManagingEhsSites sites;

	private final SiteDays calendar;

	private final ProblemDetails problems;

	EmergencyPagesController(ManagingEmergency emergency, ManagingInspections inspections, ManagingEhsSites sites,
			SiteDays calendar, ProblemDetails problems) {
		this.emergency = emergency;
		this.inspections = inspections;
		this.sites = sites;
		this.calendar = calendar;
		this.problems = problems;
	}

	@GetMapping("/ehs/emergency")
	String page(Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		List<TrackedPlan> plans = this.emergency.plans(tenant);
		model.addAttribute("plans", plans);
		model.addAttribute("plansById",
				plans.stream()
					.map(TrackedPlan::plan)
					.collect(Collectors.toMap(EmergencyPlan::id, Function.identity())));
		List<Drill> drills = this.emergency.drills(tenant);
		model.addAttribute("drills", drills);
		Map<UUID, List<Finding>> findings = new LinkedHashMap<>();
		drills.forEach((d) -> findings.put(d.id(), this.inspections.ofDrill(tenant, d.id())));
		model.addAttribute("drillFindings", findings);
		model.addAttribute("sites", this.calendar.sites(tenant)
			.stream()
			.collect(Collectors.toMap(StructureNode::id, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
		model.addAttribute("sources",
				this.sites.sources(tenant)
					.stream()
					.collect(Collectors.toMap(HazardSource::id, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
		model.addAttribute("kinds", PlanKind.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("canEngineer", me.has(Role.ENGINEER));
		model.addAttribute("canOperate", me.has(Role.OPERATOR));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "ehs/emergency";
	}

	@PostMapping("/ehs/emergency/plans")
	@PreAuthorize("hasRole('ENGINEER')")
	String createPlan(@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable UUID siteId,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable List<UUID> sourceIds,
			@RequestParam(required = false) @Nullable String responseLevels,
			@RequestParam(required = false) @Nullable String contacts,
			@RequestParam(required = false) @Nullable String reviewDue, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		try {
			this.emergency.create(me.requireTenant(), me.username(), new PlanDraft(code, name, siteId, kind, sourceIds,
					lines(responseLevels), lines(contacts), reviewDue));
			return "redirect:/ehs/emergency";
		}
		catch (KaiwuProblem.InvalidInput ex) {
			model.addAttribute("errors", this.problems.lines(ex));
			return page(model);
		}
	}

	@PostMapping("/ehs/emergency/drills")
	@PreAuthorize("hasRole('OPERATOR')")
	String createDrill(@RequestParam(required = false) @Nullable UUID planId,
			@RequestParam(required = false) @Nullable String drilledOn,
			@RequestParam(required = false) @Nullable String scenario,
			@RequestParam(required = false) @Nullable String participants,
			@RequestParam(required = false) @Nullable String durationMinutes,
			@RequestParam(required = false) @Nullable String evaluation,
			@RequestParam(required = false) @Nullable String severity,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String location,
			@RequestParam(required = false) @Nullable String responsible,
			@RequestParam(required = false) @Nullable String deadline, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		try {
			List<FindingDraft> findings = (description == null || description.isBlank()) ? List.of()
					: List.of(new FindingDraft(severity, description, location, responsible, deadline));
			this.emergency.create(me.requireTenant(), me.username(),
					new DrillDraft(planId, drilledOn, scenario, whole(participants, "participants"),
							whole(durationMinutes, "durationMinutes"), evaluation, findings));
			return "redirect:/ehs/emergency#drills";
		}
		catch (KaiwuProblem.InvalidInput ex) {
			model.addAttribute("errors", this.problems.lines(ex));
			return page(model);
		}
	}

	private static @Nullable Integer whole(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new KaiwuProblem.InvalidInput(field, "ehs.emergency.problem.whole-number", value);
		}
	}

	private static List<String> lines(@Nullable String text) {
		return (text == null) ? List.of() : Arrays.stream(text.split("\\R")).filter((l) -> !l.isBlank()).toList();
	}

}
