package io.kaiwu.transform.assessment.web;

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
import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.assessment.AssessmentRun;
import io.kaiwu.transform.assessment.AssessmentRuns;
import io.kaiwu.transform.assessment.Assignments;
import io.kaiwu.transform.assessment.EvidenceProposal;
import io.kaiwu.transform.assessment.ModelCatalog;
import io.kaiwu.transform.assessment.StoredAnswer;
import io.kaiwu.transform.scoring.MaturityModel;
import io.kaiwu.transform.scoring.ModelRejected;
import io.kaiwu.transform.scoring.ScoreCard;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Assessment runs as pages: the list with a form to start one, the questionnaire with the
 * platform's proposals, and the result with its radar chart, grade and gap.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class RunPagesController {

	private final AssessmentRuns runs;

	private final Assignments assignments;

	private final ModelCatalog catalog;

	private final ProblemDetails problems;

	private final RejectedAnswers rejected;

	private final JsonMapper json;

	RunPagesController(AssessmentRuns runs, Assignments assignments, ModelCatalog catalog, ProblemDetails problems,
			RejectedAnswers rejected, JsonMapper json) {
		this.runs = runs;
		this.assignments = assignments;
		this.catalog = catalog;
		this.problems = problems;
		this.rejected = rejected;
		this.json = json;
	}

	@GetMapping("/transform/assessment/runs")
	String list(Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		model.addAttribute("runs", this.runs.list(tenant, null));
		model.addAttribute("models", this.catalog.list(tenant));
		model.addAttribute("canStart", me.has(Role.ENGINEER));
		model.addAttribute("errors", List.of());
		return "transform/assessment/runs";
	}

	@PostMapping("/transform/assessment/runs")
	@PreAuthorize("hasRole('ENGINEER')")
	String start(@RequestParam(required = false) @Nullable String model,
			@RequestParam(required = false) @Nullable String title, Model page) {
		String[] codeAndVersion = (model != null) ? model.split("@", 2) : new String[0];
		try {
			AssessmentRun run = this.runs.start(CurrentPrincipal.get().requireTenant(),
					(codeAndVersion.length == 2) ? codeAndVersion[0] : null,
					(codeAndVersion.length == 2) ? codeAndVersion[1] : null, title);
			return "redirect:/transform/assessment/runs/" + run.id();
		}
		catch (KaiwuProblem ex) {
			list(page);
			page.addAttribute("errors", List.of(this.problems.message(ex.messageKey(), ex.args())));
			return "transform/assessment/runs";
		}
	}

	@GetMapping("/transform/assessment/runs/{id}")
	String questionnaire(@PathVariable UUID id, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		AssessmentRun run = this.runs.get(tenant, id);
		MaturityModel maturityModel = this.runs.model(tenant, run);
		Map<String, StoredAnswer> answers = new LinkedHashMap<>();
		this.runs.answers(tenant, id).forEach((a) -> answers.put(a.code(), a));
		Map<String, EvidenceProposal> proposals = new LinkedHashMap<>();
		this.runs.proposals(tenant, id).forEach((p) -> proposals.put(p.code(), p));
		model.addAttribute("run", run);
		model.addAttribute("m", maturityModel);
		model.addAttribute("answers", answers);
		model.addAttribute("proposals", proposals);
		model.addAttribute("provenance", this);
		model.addAttribute("sections", this.assignments.list(tenant, id));
		model.addAttribute("canAnswer", me.has(Role.OPERATOR) && run.status().name().equals("OPEN"));
		model.addAttribute("canSubmit", me.has(Role.ENGINEER) && run.status().name().equals("OPEN"));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "transform/assessment/run";
	}

	/** The provenance of a fact in the reader's language, for the page. */
	public String provenance(EvidenceProposal proposal) {
		return this.problems.message(proposal.fact().provenanceKey(), proposal.fact().provenanceArgs().toArray());
	}

	@PostMapping("/transform/assessment/runs/{id}/answers")
	@PreAuthorize("hasRole('OPERATOR')")
	String answer(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		try {
			MaturityModel maturityModel = this.runs.model(tenant, this.runs.get(tenant, id));
			this.runs.answer(tenant, id, RunForm.answers(maturityModel, form));
			return "redirect:/transform/assessment/runs/" + id;
		}
		catch (ModelRejected ex) {
			model.addAttribute("errors", this.rejected.texts(ex.problems()));
		}
		catch (KaiwuProblem.InvalidInput ex) {
			model.addAttribute("errors", this.problems.lines(ex));
		}
		catch (KaiwuProblem ex) {
			model.addAttribute("errors", List.of(this.problems.message(ex.messageKey(), ex.args())));
		}
		return questionnaire(id, model);
	}

	@PostMapping("/transform/assessment/runs/{id}/proposals/{code}/accept")
	@PreAuthorize("hasRole('OPERATOR')")
	String accept(@PathVariable UUID id, @PathVariable String code) {
		this.runs.accept(CurrentPrincipal.get().requireTenant(), id, code);
		return "redirect:/transform/assessment/runs/" + id;
	}

	@PostMapping("/transform/assessment/runs/{id}/submit")
	@PreAuthorize("hasRole('ENGINEER')")
	String submit(@PathVariable UUID id, Model model) {
		try {
			this.runs.submit(CurrentPrincipal.get().requireTenant(), id);
			return "redirect:/transform/assessment/runs/" + id + "/result";
		}
		catch (ModelRejected ex) {
			model.addAttribute("errors", this.rejected.texts(ex.problems()));
			return questionnaire(id, model);
		}
	}

	@GetMapping("/transform/assessment/runs/{id}/result")
	String result(@PathVariable UUID id, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		AssessmentRun run = this.runs.get(tenant, id);
		MaturityModel maturityModel = this.runs.model(tenant, run);
		ScoreCard card = this.runs.result(tenant, id);
		model.addAttribute("run", run);
		model.addAttribute("m", maturityModel);
		model.addAttribute("card", card);
		model.addAttribute("comparison", this.runs.comparison(tenant, id));
		model.addAttribute("radar", radar(card, this.runs.comparison(tenant, id), run));
		return "transform/assessment/result";
	}

	/**
	 * The radar chart's data: one axis per dimension and scenario group (0–100), one
	 * series per run compared, this run last.
	 */
	private String radar(ScoreCard card, List<Map.Entry<AssessmentRun, ScoreCard>> earlier, AssessmentRun run) {
		boolean en = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		List<Map<String, Object>> indicators = card.radar()
			.stream()
			.map((a) -> Map.<String, Object>of("name", en ? a.nameEn() : a.name(), "max", 100))
			.toList();
		List<Map<String, Object>> series = new ArrayList<>();
		for (Map.Entry<AssessmentRun, ScoreCard> entry : earlier) {
			if (!entry.getKey().id().equals(run.id())) {
				series.add(series(entry.getKey(), entry.getValue(), card));
			}
		}
		series.add(series(run, card, card));
		return this.json.writeValueAsString(Map.of("indicators", indicators, "series", series));
	}

	/** A run's values on this card's axes (an axis the run lacks counts 0). */
	private static Map<String, Object> series(AssessmentRun run, ScoreCard values, ScoreCard axes) {
		List<Object> points = axes.radar()
			.stream()
			.map((axis) -> (Object) values.radar()
				.stream()
				.filter((a) -> a.code().equals(axis.code()))
				.findFirst()
				.map(ScoreCard.RadarAxis::percent)
				.orElse(java.math.BigDecimal.ZERO))
			.toList();
		return Map.of("name", run.title(), "values", points);
	}

}
