package io.kaiwu.transform.cycle.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.transform.cycle.Cycle;
import io.kaiwu.transform.cycle.CycleDraft;
import io.kaiwu.transform.cycle.RunningCycles;
import io.kaiwu.transform.evaluation.EvaluatingResults;
import io.kaiwu.transform.roadmap.PlanningRoadmaps;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The PDCA timeline (螺旋式提升): every cycle as a turn of a spiral, with its roadmap phase,
 * evaluation and gaps, and the forms to start, link and close cycles.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class CyclePagesController {

	private final RunningCycles cycles;

	private final PlanningRoadmaps roadmaps;

	private final EvaluatingResults evaluations;

	private final CycleJson json;

	private final ProblemDetails problems;

	private final JsonMapper mapper;

	CyclePagesController(RunningCycles cycles, PlanningRoadmaps roadmaps, EvaluatingResults evaluations, CycleJson json,
			ProblemDetails problems, JsonMapper mapper) {
		this.cycles = cycles;
		this.roadmaps = roadmaps;
		this.evaluations = evaluations;
		this.json = json;
		this.problems = problems;
		this.mapper = mapper;
	}

	@GetMapping("/transform/cycles")
	String timeline(Model model) {
		return page(model, List.of());
	}

	@PostMapping("/transform/cycles")
	@PreAuthorize("hasRole('ENGINEER')")
	String start(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable UUID roadmapId,
			@RequestParam(required = false) @Nullable String roadmapPhase,
			@RequestParam(required = false) @Nullable UUID evaluationId, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		try {
			this.cycles.start(me.requireTenant(), new CycleDraft(name, roadmapId, phase(roadmapPhase), evaluationId),
					me.username());
			return "redirect:/transform/cycles";
		}
		catch (KaiwuProblem problem) {
			return page(model, this.problems.lines(problem));
		}
	}

	@PostMapping("/transform/cycles/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	String change(@PathVariable UUID id, @RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable UUID roadmapId,
			@RequestParam(required = false) @Nullable String roadmapPhase,
			@RequestParam(required = false) @Nullable UUID evaluationId, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		try {
			this.cycles.change(me.requireTenant(), id,
					new CycleDraft(name, roadmapId, phase(roadmapPhase), evaluationId));
			return "redirect:/transform/cycles";
		}
		catch (KaiwuProblem problem) {
			return page(model, this.problems.lines(problem));
		}
	}

	@PostMapping("/transform/cycles/{id}/close")
	@PreAuthorize("hasRole('ENGINEER')")
	String close(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		try {
			this.cycles.close(me.requireTenant(), id, note, me.username());
			return "redirect:/transform/cycles";
		}
		catch (KaiwuProblem problem) {
			return page(model, this.problems.lines(problem));
		}
	}

	private String page(Model model, List<String> errors) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		List<Cycle> all = this.cycles.list(me.requireTenant());
		model.addAttribute("cycles", all);
		List<Cycle> newestFirst = new ArrayList<>(all);
		java.util.Collections.reverse(newestFirst);
		model.addAttribute("newestFirst", newestFirst);
		model.addAttribute("gapTexts", this.json);
		model.addAttribute("roadmaps", this.roadmaps.list(me.requireTenant()));
		model.addAttribute("evaluations", this.evaluations.list(me.requireTenant()));
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		model.addAttribute("anyOpen", all.stream().anyMatch(Cycle::open));
		model.addAttribute("spiral", this.mapper.writeValueAsString(spiral(all)));
		model.addAttribute("errors", errors);
		return "transform/cycle/timeline";
	}

	/**
	 * The spiral's points: each cycle a turn of four stages (plan, do, check, act), the
	 * radius growing with every stage, a stage done when the cycle has what it needs.
	 */
	private static List<Map<String, Object>> spiral(List<Cycle> cycles) {
		List<Map<String, Object>> points = new ArrayList<>();
		for (Cycle c : cycles) {
			boolean[] done = { c.roadmapId() != null, c.roadmapId() != null && c.evaluationId() != null,
					c.evaluationId() != null, !c.open() };
			for (int stage = 0; stage < 4; stage++) {
				Map<String, Object> point = new LinkedHashMap<>();
				point.put("cycle", c.number());
				point.put("stage", stage);
				point.put("radius", (c.number() - 1) + (stage + 1) / 4.0);
				point.put("angle", stage * 90);
				point.put("done", done[stage]);
				points.add(point);
			}
		}
		return points;
	}

	private static @Nullable Integer phase(@Nullable String given) {
		if (given == null || given.isBlank()) {
			return null;
		}
		return given.strip().matches("\\d{1,2}") ? Integer.valueOf(given.strip()) : 0;
	}

}
