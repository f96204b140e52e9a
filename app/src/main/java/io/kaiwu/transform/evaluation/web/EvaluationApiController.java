package io.kaiwu.transform.evaluation.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.evaluation.EvaluatingResults;
import io.kaiwu.transform.evaluation.EvaluationDraft;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Results evaluation (成效评估) over REST: the KPI catalogue, evaluations with baseline
 * versus current, KPI inputs entered by hand or measured by the platform, and System
 * Usability Scale answers.
 */
@RestController
@RequestMapping("/api/v1/transform")
@PreAuthorize("hasRole('VIEWER')")
class EvaluationApiController {

	private final EvaluatingResults evaluations;

	private final EvaluationJson json;

	EvaluationApiController(EvaluatingResults evaluations, EvaluationJson json) {
		this.evaluations = evaluations;
		this.json = json;
	}

	/** The body of a KPI entered by hand. */
	record Inputs(@Nullable Map<String, Double> inputs) {
	}

	/** The body of one System Usability Scale questionnaire. */
	record SusAnswers(@Nullable List<Integer> answers) {
	}

	@GetMapping("/kpis")
	List<Map<String, Object>> catalogue() {
		return this.json.catalogue();
	}

	@GetMapping("/evaluations")
	List<Map<String, Object>> list() {
		return this.evaluations.list(tenant()).stream().map(this.json::evaluation).toList();
	}

	@PostMapping("/evaluations")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> start(@RequestBody EvaluationDraft draft) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		return this.json.evaluation(this.evaluations.start(me.requireTenant(), draft, me.username()));
	}

	@GetMapping("/evaluations/{id}")
	Map<String, Object> report(@PathVariable UUID id) {
		return this.json.report(this.evaluations.report(tenant(), id));
	}

	@PutMapping("/evaluations/{id}/kpis/{code}")
	@PreAuthorize("hasRole('ENGINEER')")
	@Nullable Map<String, Object> enter(@PathVariable UUID id, @PathVariable String code, @RequestBody Inputs body) {
		if (body.inputs() == null) {
			throw new KaiwuProblem.InvalidInput("inputs", "evaluation.problem.inputs-missing");
		}
		KaiwuPrincipal me = CurrentPrincipal.get();
		return this.json.value(this.evaluations.enter(me.requireTenant(), id, code, body.inputs(), me.username()));
	}

	@PostMapping("/evaluations/{id}/measure")
	@PreAuthorize("hasRole('ENGINEER')")
	List<Map<String, Object>> measure(@PathVariable UUID id) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		return this.evaluations.measure(me.requireTenant(), id, me.username()).stream().map((v) -> {
			Map<String, Object> value = new java.util.LinkedHashMap<>();
			value.put("code", v.kpi().code());
			value.putAll(this.json.value(v));
			return value;
		}).toList();
	}

	@PostMapping("/evaluations/{id}/sus")
	@Nullable Map<String, Object> answerSus(@PathVariable UUID id, @RequestBody SusAnswers body) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		List<Integer> answers = (body.answers() != null) ? body.answers() : List.of();
		return this.json.value(this.evaluations.answerSus(me.requireTenant(), id, answers, me.username()));
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
