package io.kaiwu.ehs.inspection.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaiwu.ehs.inspection.Checklist;
import io.kaiwu.ehs.inspection.ChecklistDraft;
import io.kaiwu.ehs.inspection.ChecklistDraft.ItemDraft;
import io.kaiwu.ehs.inspection.ChecklistItem;
import io.kaiwu.ehs.inspection.FindingDraft;
import io.kaiwu.ehs.inspection.InspectionDraft;
import io.kaiwu.ehs.inspection.InspectionDraft.AnswerDraft;
import io.kaiwu.ehs.inspection.ManagingInspections;
import io.kaiwu.ehs.inspection.Outcome;
import io.kaiwu.ehs.inspection.Severity;
import io.kaiwu.ehs.inspection.SiteDays;
import io.kaiwu.ehs.inspection.TrackedFinding;
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
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 安全检查 pages: findings with the overdue ones marked, inspections, checklists and a
 * form for a new one; running a checklist item by item; and one finding with its steps
 * and the forms to rectify, verify or reject it. A refused form shows the services'
 * reasons (the REST API's) above it.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class InspectionPagesController {

	private final ManagingInspections inspections;

	private final ManagingEhsSites sites;

	private final SiteDays calendar;

	private final ProblemDetails problems;

	InspectionPagesController(ManagingInspections inspections, ManagingEhsSites sites, SiteDays calendar,
			ProblemDetails problems) {
		this.inspections = inspections;
		this.sites = sites;
		this.calendar = calendar;
		this.problems = problems;
	}

	@GetMapping("/ehs/inspections")
	String list(@RequestParam(required = false) @Nullable Boolean overdue, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		List<TrackedFinding> findings = this.inspections.findings(tenant)
			.stream()
			.filter((t) -> overdue == null || !overdue || t.overdue())
			.toList();
		model.addAttribute("findings", findings);
		model.addAttribute("overdueOnly", Boolean.TRUE.equals(overdue));
		model.addAttribute("overdueCount",
				this.inspections.findings(tenant).stream().filter(TrackedFinding::overdue).count());
		model.addAttribute("inspections", this.inspections.inspections(tenant));
		List<Checklist> checklists = this.inspections.checklists(tenant);
		model.addAttribute("checklists", checklists);
		model.addAttribute("checklistsById",
				checklists.stream().collect(Collectors.toMap(Checklist::id, Function.identity())));
		model.addAttribute("sites", sites(tenant));
		model.addAttribute("sources", sources(tenant));
		model.addAttribute("canEngineer", me.has(Role.ENGINEER));
		model.addAttribute("canOperate", me.has(Role.OPERATOR));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "ehs/inspections";
	}

	@PostMapping("/ehs/checklists")
	@PreAuthorize("hasRole('ENGINEER')")
	String createChecklist(@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable UUID siteId,
			@RequestParam(required = false) @Nullable String items, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		try {
			this.inspections.create(me.requireTenant(), me.username(),
					new ChecklistDraft(code, name, siteId, items(items)));
			return "redirect:/ehs/inspections#checklists";
		}
		catch (KaiwuProblem.InvalidInput ex) {
			model.addAttribute("errors", this.problems.lines(ex));
			model.addAttribute("checklistForm", Map.of("code", text(code), "name", text(name), "items", text(items)));
			return list(null, model);
		}
	}

	/** Lines {@code category | text | legal basis}; a line without a bar is its text. */
	static List<ItemDraft> items(@Nullable String lines) {
		if (lines == null) {
			return List.of();
		}
		List<ItemDraft> items = new ArrayList<>();
		for (String line : lines.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = Arrays.stream(line.split("[|｜]", -1)).map(String::strip).toArray(String[]::new);
			if (parts.length == 1) {
				items.add(new ItemDraft(parts[0], null, null));
			}
			else {
				items.add(new ItemDraft(parts[1], parts[0], (parts.length > 2) ? parts[2] : null));
			}
		}
		return items;
	}

	@GetMapping("/ehs/inspections/new")
	String form(@RequestParam UUID checklistId, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		Checklist checklist = this.inspections.checklist(tenant, checklistId);
		model.addAttribute("checklist", checklist);
		model.addAttribute("site", sites(tenant).get(checklist.siteId()));
		model.addAttribute("sources", sources(tenant).values());
		model.addAttribute("today", this.calendar.today(tenant, checklist.siteId()));
		model.addAttribute("severities", Severity.values());
		model.addAttribute("outcomes", Outcome.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
			model.addAttribute("given", Map.of());
		}
		return "ehs/inspection-form";
	}

	/**
	 * The form sends {@code outcome-<item>}, {@code note-<item>} and for a finding
	 * {@code severity-}, {@code description-}, {@code location-}, {@code responsible-},
	 * {@code deadline-<item>}.
	 */
	@PostMapping("/ehs/inspections")
	@PreAuthorize("hasRole('OPERATOR')")
	String run(@RequestParam MultiValueMap<String, String> form, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		UUID checklistId = id(form.getFirst("checklistId"), "checklist");
		if (checklistId == null) {
			throw new KaiwuProblem.NotFound("checklist", "");
		}
		Checklist checklist = this.inspections.checklist(tenant, checklistId);
		List<AnswerDraft> answers = new ArrayList<>();
		for (ChecklistItem item : checklist.items()) {
			String outcome = form.getFirst("outcome-" + item.id());
			if (outcome == null) {
				continue;
			}
			FindingDraft finding = Outcome.FINDING.name().equals(outcome)
					? new FindingDraft(form.getFirst("severity-" + item.id()),
							form.getFirst("description-" + item.id()), form.getFirst("location-" + item.id()),
							form.getFirst("responsible-" + item.id()), form.getFirst("deadline-" + item.id()))
					: null;
			answers.add(new AnswerDraft(item.id(), outcome, form.getFirst("note-" + item.id()), finding));
		}
		String source = form.getFirst("hazardSourceId");
		try {
			this.inspections.create(tenant, me.username(), new InspectionDraft(checklistId, id(source, "hazardSource"),
					form.getFirst("inspectedOn"), form.getFirst("inspector"), answers));
			return "redirect:/ehs/inspections";
		}
		catch (KaiwuProblem.InvalidInput ex) {
			model.addAttribute("errors", this.problems.lines(ex));
			model.addAttribute("given", form.toSingleValueMap());
			return form(checklistId, model);
		}
	}

	@GetMapping("/ehs/findings/{id}")
	String finding(@PathVariable UUID id, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		TrackedFinding finding = this.inspections.finding(tenant, id);
		model.addAttribute("tracked", finding);
		model.addAttribute("f", finding.finding());
		model.addAttribute("steps", this.inspections.steps(tenant, id));
		model.addAttribute("when", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(this.calendar.zone(tenant, finding.finding().siteId())));
		model.addAttribute("site", sites(tenant).get(finding.finding().siteId()));
		model.addAttribute("sources", sources(tenant));
		model.addAttribute("canEngineer", me.has(Role.ENGINEER));
		model.addAttribute("canOperate", me.has(Role.OPERATOR));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "ehs/inspection-finding";
	}

	@PostMapping("/ehs/findings/{id}/rectify")
	@PreAuthorize("hasRole('OPERATOR')")
	String rectify(@PathVariable UUID id, @RequestParam(required = false) @Nullable String measure, Model model) {
		return act(id, model, (me) -> this.inspections.rectify(me.requireTenant(), id, me.username(), measure));
	}

	@PostMapping("/ehs/findings/{id}/verify")
	@PreAuthorize("hasRole('ENGINEER')")
	String verify(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note, Model model) {
		return act(id, model, (me) -> this.inspections.verify(me.requireTenant(), id, me.username(), note));
	}

	@PostMapping("/ehs/findings/{id}/reject")
	@PreAuthorize("hasRole('ENGINEER')")
	String reject(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, Model model) {
		return act(id, model, (me) -> this.inspections.reject(me.requireTenant(), id, me.username(), reason));
	}

	private String act(UUID id, Model model, Function<KaiwuPrincipal, TrackedFinding> action) {
		try {
			action.apply(CurrentPrincipal.get());
			return "redirect:/ehs/findings/" + id;
		}
		catch (KaiwuProblem.InvalidInput | KaiwuProblem.Conflict | KaiwuProblem.Forbidden ex) {
			model.addAttribute("errors", this.problems.lines(ex));
			return finding(id, model);
		}
	}

	private Map<UUID, StructureNode> sites(TenantId tenant) {
		return this.calendar.sites(tenant)
			.stream()
			.collect(Collectors.toMap(StructureNode::id, Function.identity(), (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	private Map<UUID, HazardSource> sources(TenantId tenant) {
		return this.sites.sources(tenant)
			.stream()
			.collect(
					Collectors.toMap(HazardSource::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
	}

	/** An id the form sent; text that is none is an unknown one. */
	private static @Nullable UUID id(@Nullable String value, String what) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new KaiwuProblem.NotFound(what, value);
		}
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
