package io.kaiwu.transform.roadmap.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.atlas.ScenarioAtlas;
import io.kaiwu.transform.atlas.ValueTag;
import io.kaiwu.transform.roadmap.PlanningRoadmaps;
import io.kaiwu.transform.roadmap.ProjectDraft;
import io.kaiwu.transform.roadmap.Roadmap;
import io.kaiwu.transform.roadmap.RoadmapDraft;
import io.kaiwu.transform.roadmap.kernel.Approach;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The roadmap planner as pages: the roadmaps with the form that proposes one, and one
 * roadmap's phases and projects, editable and printable.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class RoadmapPagesController {

	private final PlanningRoadmaps roadmaps;

	private final RoadmapJson json;

	private final ScenarioAtlas atlas;

	private final ProblemDetails problems;

	RoadmapPagesController(PlanningRoadmaps roadmaps, RoadmapJson json, ScenarioAtlas atlas, ProblemDetails problems) {
		this.roadmaps = roadmaps;
		this.json = json;
		this.atlas = atlas;
		this.problems = problems;
	}

	@GetMapping("/transform/roadmaps")
	String list(Model model) {
		return listPage(model, List.of());
	}

	@PostMapping("/transform/roadmaps")
	@PreAuthorize("hasRole('ENGINEER')")
	String propose(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String approach,
			@RequestParam(required = false) @Nullable String pack,
			@RequestParam(required = false) @Nullable List<String> goals,
			@RequestParam(required = false) @Nullable List<String> painPoints,
			@RequestParam(required = false) @Nullable String discountRate, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		Double rate = (discountRate == null || discountRate.isBlank()) ? null : number(discountRate) / 100;
		RoadmapDraft draft = new RoadmapDraft(name, (approach == null || approach.isBlank()) ? null : approach, pack,
				goals, painPoints, rate);
		try {
			Roadmap roadmap = this.roadmaps.propose(me.requireTenant(), draft, me.username());
			return "redirect:/transform/roadmaps/" + roadmap.id();
		}
		catch (KaiwuProblem problem) {
			return listPage(model, this.problems.lines(problem));
		}
	}

	private String listPage(Model model, List<String> errors) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		model.addAttribute("roadmaps", this.roadmaps.list(me.requireTenant()));
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		model.addAttribute("approaches", Approach.values());
		model.addAttribute("goals", ValueTag.values());
		model.addAttribute("packs", this.atlas.packs());
		model.addAttribute("general", this.atlas.pack(ScenarioAtlas.GENERAL).orElseThrow());
		model.addAttribute("errors", errors);
		return "transform/roadmap/list";
	}

	@GetMapping("/transform/roadmaps/{id}")
	String roadmap(@PathVariable UUID id, Model model) {
		return roadmapPage(id, model, List.of());
	}

	@PostMapping("/transform/roadmaps/{id}/scenarios/{code}")
	@PreAuthorize("hasRole('ENGINEER')")
	String move(@PathVariable UUID id, @PathVariable String code,
			@RequestParam(required = false) @Nullable String phase, Model model) {
		try {
			this.roadmaps.move(tenant(), id, code,
					(phase != null && phase.matches("\\d{1,2}")) ? Integer.valueOf(phase) : 0);
			return "redirect:/transform/roadmaps/" + id;
		}
		catch (KaiwuProblem problem) {
			return roadmapPage(id, model, this.problems.lines(problem));
		}
	}

	@PostMapping("/transform/roadmaps/{id}/projects")
	@PreAuthorize("hasRole('ENGINEER')")
	String saveProject(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID projectId,
			@RequestParam Map<String, String> form, Model model) {
		ProjectDraft draft = new ProjectDraft(form.get("name"), integer(form.get("phase")),
				codes(form.get("scenarios")), blank(form.get("investment")) ? null : number(form.get("investment")),
				numbers(form.get("netBenefits")), effects(form.get("kpiEffects")), lines(form.get("risks")),
				form.get("assumptions"));
		try {
			this.roadmaps.saveProject(tenant(), id, projectId, draft);
			return "redirect:/transform/roadmaps/" + id + "#projects";
		}
		catch (KaiwuProblem problem) {
			return roadmapPage(id, model, this.problems.lines(problem));
		}
	}

	@PostMapping("/transform/roadmaps/{id}/projects/{project}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String deleteProject(@PathVariable UUID id, @PathVariable UUID project) {
		this.roadmaps.deleteProject(tenant(), id, project);
		return "redirect:/transform/roadmaps/" + id + "#projects";
	}

	private String roadmapPage(UUID id, Model model, List<String> errors) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		Roadmap roadmap = this.roadmaps.get(me.requireTenant(), id);
		model.addAttribute("roadmap", roadmap);
		model.addAttribute("view", this.json.full(me.requireTenant(), roadmap));
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		model.addAttribute("errors", errors);
		return "transform/roadmap/roadmap";
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	private static double number(String s) {
		try {
			return Double.parseDouble(s.strip());
		}
		catch (NumberFormatException ex) {
			// refused downstream as not a number, with its field named
			return Double.NaN;
		}
	}

	private static @Nullable Integer integer(@Nullable String s) {
		return (s != null && s.strip().matches("\\d{1,2}")) ? Integer.valueOf(s.strip()) : (blank(s) ? null : 0);
	}

	private static List<String> codes(@Nullable String s) {
		return blank(s) ? List.of()
				: Arrays.stream(s.split("[,，\\s]+")).filter((c) -> !c.isBlank()).map(String::strip).toList();
	}

	private static List<Double> numbers(@Nullable String s) {
		return codes(s).stream().map(RoadmapPagesController::number).toList();
	}

	private static List<String> lines(@Nullable String s) {
		return blank(s) ? List.of() : Arrays.stream(s.split("\\R")).filter((l) -> !l.isBlank()).toList();
	}

	private static Map<String, Double> effects(@Nullable String s) {
		Map<String, Double> effects = new LinkedHashMap<>();
		List<String> parts = new ArrayList<>(codes(s));
		for (String part : parts) {
			int eq = part.indexOf('=');
			effects.put((eq < 0) ? part : part.substring(0, eq),
					(eq < 0) ? Double.NaN : number(part.substring(eq + 1)));
		}
		return effects;
	}

}
