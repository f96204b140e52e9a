package io.kaiwu.transform.assessment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.assessment.AssessmentRun;
import io.kaiwu.transform.assessment.AssessmentRuns;
import io.kaiwu.transform.assessment.Assignments;
import io.kaiwu.transform.assessment.EvidenceProposal;
import io.kaiwu.transform.assessment.SectionAssignment;
import io.kaiwu.transform.assessment.StoredAnswer;
import io.kaiwu.transform.scoring.Answer;
import io.kaiwu.transform.scoring.ModelRejected;
import io.kaiwu.transform.scoring.ScoreCard;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assessment runs (自评估): engineers start and submit them, respondents (operators and up)
 * answer, everyone in the tenant reads the answers, the platform's proposals, the score
 * card and the comparison with earlier runs.
 */
@RestController
@RequestMapping("/api/v1/transform/assessments")
@PreAuthorize("hasRole('VIEWER')")
class AssessmentApiController {

	private final AssessmentRuns runs;

	private final Assignments assignments;

	private final RejectedAnswers rejected;

	private final ProblemDetails problems;

	AssessmentApiController(AssessmentRuns runs, Assignments assignments, RejectedAnswers rejected,
			ProblemDetails problems) {
		this.runs = runs;
		this.assignments = assignments;
		this.rejected = rejected;
		this.problems = problems;
	}

	@ExceptionHandler(ModelRejected.class)
	ResponseEntity<ProblemDetail> rejected(ModelRejected ex) {
		return this.rejected.response(ex);
	}

	/** What starting a run takes: the model's code and version, and a title. */
	record Start(@Nullable String model, @Nullable String version, @Nullable String title) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> start(@RequestBody Start start) {
		return json(this.runs.start(tenant(), start.model(), start.version(), start.title()));
	}

	@GetMapping
	List<Map<String, Object>> list(@RequestParam(required = false) @Nullable String model) {
		return this.runs.list(tenant(), model).stream().map(AssessmentApiController::json).toList();
	}

	/** The run with its answers and how far it is answered. */
	@GetMapping("/{id}")
	Map<String, Object> get(@PathVariable UUID id) {
		TenantId tenant = tenant();
		AssessmentRun run = this.runs.get(tenant, id);
		var model = this.runs.model(tenant, run);
		List<StoredAnswer> answers = this.runs.answers(tenant, id);
		Map<String, Object> json = json(run);
		json.put("answers", answers.stream().map(AssessmentApiController::json).toList());
		json.put("answered", answers.size());
		json.put("questions", model.questions().count() + model.items().count());
		return json;
	}

	/** Answers questions and scenarios, all or none. */
	@PutMapping("/{id}/answers")
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> answer(@PathVariable UUID id, @RequestBody Map<String, AnswerBody> answers) {
		Map<String, Answer> converted = new LinkedHashMap<>();
		answers.forEach((code, body) -> converted.put(code,
				(body != null) ? body.answer() : new Answer(List.of(), Map.of(), null, Map.of())));
		this.runs.answer(tenant(), id, converted);
		return get(id);
	}

	/** Each section (dimension or scenario group) with its respondents and progress. */
	@GetMapping("/{id}/assignments")
	List<SectionAssignment> assignments(@PathVariable UUID id) {
		return this.assignments.list(tenant(), id);
	}

	/** Assigns sections to respondent groups (and a user), all or none. */
	@PutMapping("/{id}/assignments")
	@PreAuthorize("hasRole('ENGINEER')")
	List<SectionAssignment> assign(@PathVariable UUID id, @RequestBody Map<String, Assignments.Assign> sections) {
		return this.assignments.assign(tenant(), id, sections);
	}

	@GetMapping("/{id}/proposals")
	List<Map<String, Object>> proposals(@PathVariable UUID id) {
		return this.runs.proposals(tenant(), id).stream().map(this::json).toList();
	}

	@PostMapping("/{id}/proposals/{code}/accept")
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> accept(@PathVariable UUID id, @PathVariable String code) {
		return json(this.runs.accept(tenant(), id, code));
	}

	/** Submits the run; submitting again answers the same run unchanged. */
	@PostMapping("/{id}/submit")
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> submit(@PathVariable UUID id) {
		AssessmentRun run = this.runs.submit(tenant(), id);
		Map<String, Object> json = json(run);
		json.put("result", this.runs.result(tenant(), id));
		return json;
	}

	/** The score card as submitted, or a preview of an open run. */
	@GetMapping("/{id}/result")
	ScoreCard result(@PathVariable UUID id) {
		return this.runs.result(tenant(), id);
	}

	/** This run and the earlier submitted runs of the same model, oldest first. */
	@GetMapping("/{id}/comparison")
	List<Map<String, Object>> comparison(@PathVariable UUID id) {
		return this.runs.comparison(tenant(), id).stream().map((e) -> {
			Map<String, Object> json = json(e.getKey());
			json.put("radar", e.getValue().radar());
			json.put("dimensions",
					e.getValue()
						.dimensions()
						.stream()
						.map((d) -> Map.of("code", d.code(), "points", d.points(), "max", d.max()))
						.toList());
			return json;
		}).toList();
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

	static Map<String, Object> json(AssessmentRun run) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", run.id());
		json.put("model", run.modelCode());
		json.put("version", run.modelVersion());
		json.put("title", run.title());
		json.put("status", run.status().name());
		json.put("startedBy", run.startedBy());
		json.put("startedAt", run.startedAt().toString());
		json.put("submittedBy", run.submittedBy());
		json.put("submittedAt", (run.submittedAt() != null) ? run.submittedAt().toString() : null);
		json.put("total", run.total());
		json.put("grade", run.grade());
		return json;
	}

	static Map<String, Object> json(StoredAnswer answer) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", answer.code());
		json.put("answer", answer.answer());
		json.put("source", answer.source().name());
		json.put("evidence", answer.evidence());
		json.put("answeredBy", answer.answeredBy());
		json.put("answeredAt", answer.answeredAt().toString());
		return json;
	}

	Map<String, Object> json(EvidenceProposal proposal) {
		EvidenceFact fact = proposal.fact();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", proposal.code());
		json.put("key", fact.key());
		json.put("value", fact.value());
		json.put("outOf", fact.outOf());
		json.put("provenance", this.problems.message(fact.provenanceKey(), fact.provenanceArgs().toArray()));
		json.put("observedAt", fact.observedAt().toString());
		json.put("proposed", proposal.proposed());
		return json;
	}

}
