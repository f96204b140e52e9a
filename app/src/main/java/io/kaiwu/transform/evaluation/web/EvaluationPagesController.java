package io.kaiwu.transform.evaluation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import io.kaiwu.transform.evaluation.EvaluatingResults;
import io.kaiwu.transform.evaluation.Evaluation;
import io.kaiwu.transform.evaluation.EvaluationDraft;
import io.kaiwu.transform.evaluation.KpiValue;
import io.kaiwu.transform.evaluation.kernel.Kpi;
import io.kaiwu.transform.evaluation.kernel.KpiInput;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Results evaluation as pages: the evaluations with a form for a new one, and one
 * evaluation's baseline versus current with the forms to enter a KPI, measure from the
 * platform and answer the usability questionnaire.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class EvaluationPagesController {

	private final EvaluatingResults evaluations;

	private final ProblemDetails problems;

	EvaluationPagesController(EvaluatingResults evaluations, ProblemDetails problems) {
		this.evaluations = evaluations;
		this.problems = problems;
	}

	@GetMapping("/transform/evaluations")
	String list(Model model) {
		return listPage(model, List.of(), null);
	}

	@PostMapping("/transform/evaluations")
	@PreAuthorize("hasRole('ENGINEER')")
	String start(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String periodFrom,
			@RequestParam(required = false) @Nullable String periodTo,
			@RequestParam(required = false) @Nullable UUID baselineId, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		EvaluationDraft draft = new EvaluationDraft(name, date(periodFrom), date(periodTo), baselineId);
		try {
			Evaluation started = this.evaluations.start(me.requireTenant(), draft, me.username());
			return "redirect:/transform/evaluations/" + started.id();
		}
		catch (KaiwuProblem problem) {
			return listPage(model, this.problems.lines(problem), draft);
		}
	}

	private String listPage(Model model, List<String> errors, @Nullable EvaluationDraft form) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		List<Evaluation> all = this.evaluations.list(me.requireTenant());
		Map<UUID, String> names = new LinkedHashMap<>();
		all.forEach((e) -> names.put(e.id(), e.name()));
		model.addAttribute("evaluations", all);
		model.addAttribute("names", names);
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		return "transform/evaluation/list";
	}

	@GetMapping("/transform/evaluations/{id}")
	String report(@PathVariable UUID id, Model model) {
		return reportPage(id, model, List.of());
	}

	@PostMapping("/transform/evaluations/{id}/kpis/{code}")
	@PreAuthorize("hasRole('ENGINEER')")
	String enter(@PathVariable UUID id, @PathVariable String code, @RequestParam Map<String, String> form,
			Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		Kpi kpi = Kpi.ofCode(code).orElseThrow(() -> new KaiwuProblem.NotFound("kpi", code));
		Map<String, Double> inputs = new LinkedHashMap<>();
		for (KpiInput input : kpi.inputs()) {
			String given = form.get(input.name());
			if (given != null && !given.isBlank()) {
				inputs.put(input.name(), number(given));
			}
		}
		try {
			this.evaluations.enter(me.requireTenant(), id, code, inputs, me.username());
			return "redirect:/transform/evaluations/" + id + "#kpi-" + code;
		}
		catch (KaiwuProblem problem) {
			return reportPage(id, model, this.problems.lines(problem));
		}
	}

	@PostMapping("/transform/evaluations/{id}/measure")
	@PreAuthorize("hasRole('ENGINEER')")
	String measure(@PathVariable UUID id, RedirectAttributes redirect) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		List<KpiValue> measured = this.evaluations.measure(me.requireTenant(), id, me.username());
		redirect.addFlashAttribute("measured", measured.size());
		return "redirect:/transform/evaluations/" + id;
	}

	@PostMapping("/transform/evaluations/{id}/sus")
	String answerSus(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		List<Integer> answers = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			String given = form.get("q" + i);
			answers.add((given != null && given.matches("[1-5]")) ? Integer.parseInt(given) : 0);
		}
		try {
			this.evaluations.answerSus(me.requireTenant(), id, answers, me.username());
			return "redirect:/transform/evaluations/" + id + "#sus";
		}
		catch (KaiwuProblem problem) {
			return reportPage(id, model, this.problems.lines(problem));
		}
	}

	private String reportPage(UUID id, Model model, List<String> errors) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		model.addAttribute("report", this.evaluations.report(me.requireTenant(), id));
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		model.addAttribute("errors", errors);
		return "transform/evaluation/report";
	}

	private static @Nullable LocalDate date(@Nullable String given) {
		if (given == null || given.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(given.strip());
		}
		catch (DateTimeParseException ex) {
			// an unreadable date counts as missing and is reported so
			return null;
		}
	}

	private static double number(String given) {
		try {
			return Double.parseDouble(given.strip());
		}
		catch (NumberFormatException ex) {
			// refused by the KPI as out of its range, named with its field
			return Double.NaN;
		}
	}

}
