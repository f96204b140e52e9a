package io.kaiwu.transform.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.evidence.PlatformFacts;
import io.kaiwu.transform.scoring.Answer;
import io.kaiwu.transform.scoring.AnswerCheck;
import io.kaiwu.transform.scoring.MaturityModel;
import io.kaiwu.transform.scoring.ScoreCard;
import io.kaiwu.transform.scoring.Scoring;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessment runs (自评估): started for a model version, answered question by question (each
 * answer checked against the model), helped by proposals from the platform's own data
 * that a respondent accepts or overrides, and submitted once: the score card is computed
 * and kept, and submitting again returns the same run unchanged.
 */
@Service
public class AssessmentRuns {

	private static final Logger log = LoggerFactory.getLogger(AssessmentRuns.class);

	private final RunRecords records;

	private final ModelCatalog catalog;

	private final PlatformFacts evidence;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	AssessmentRuns(RunRecords records, ModelCatalog catalog, PlatformFacts evidence, ApplicationEventPublisher events,
			JsonMapper json) {
		this.records = records;
		this.catalog = catalog;
		this.evidence = evidence;
		this.events = events;
		this.json = json;
	}

	@Transactional
	public AssessmentRun start(TenantId tenant, @Nullable String modelCode, @Nullable String modelVersion,
			@Nullable String title) {
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		if (modelCode == null || modelCode.isBlank()) {
			errors.add(new KaiwuProblem.FieldError("model", "assessment.run.required"));
		}
		if (modelVersion == null || modelVersion.isBlank()) {
			errors.add(new KaiwuProblem.FieldError("version", "assessment.run.required"));
		}
		if (title != null && title.length() > 200) {
			errors.add(new KaiwuProblem.FieldError("title", "assessment.run.too-long", 200));
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		MaturityModel model = this.catalog.get(tenant, modelCode, modelVersion).model();
		String name = (title == null || title.isBlank()) ? model.name() : title.strip();
		AssessmentRun run = new AssessmentRun(UUID.randomUUID(), model.code(), model.version(), name, RunStatus.OPEN,
				CurrentPrincipal.actorName(), Instant.now(), null, null, null, null);
		this.records.insert(tenant, run);
		this.events.publishEvent(ChangeRecorded.created(tenant, "assessment-run", run.id(),
				Map.of("model", model.code(), "version", model.version(), "title", name)));
		return run;
	}

	public AssessmentRun get(TenantId tenant, UUID id) {
		return this.records.find(tenant, id, false).orElseThrow(() -> new KaiwuProblem.NotFound("assessment-run", id));
	}

	public List<AssessmentRun> list(TenantId tenant, @Nullable String modelCode) {
		return this.records.list(tenant, modelCode);
	}

	public MaturityModel model(TenantId tenant, AssessmentRun run) {
		return this.catalog.get(tenant, run.modelCode(), run.modelVersion()).model();
	}

	public List<StoredAnswer> answers(TenantId tenant, UUID id) {
		get(tenant, id);
		return this.records.answers(tenant, id);
	}

	/**
	 * Stores typed-in answers, all or none: answers that do not fit the model are refused
	 * with every problem and its question's path.
	 */
	@Transactional
	public List<StoredAnswer> answer(TenantId tenant, UUID id, Map<String, Answer> answers) {
		AssessmentRun run = open(tenant, id);
		Map<String, Answer> checked = AnswerCheck.check(model(tenant, run), answers);
		Instant now = Instant.now();
		for (Map.Entry<String, Answer> entry : answers.entrySet()) {
			this.records.saveAnswer(tenant, id, new StoredAnswer(entry.getKey(), entry.getValue(), AnswerSource.MANUAL,
					null, CurrentPrincipal.actorName(), now));
		}
		log.debug("Run {} answered {} questions", id, checked.size());
		return this.records.answers(tenant, id);
	}

	/**
	 * What the platform knows for the run's questions and scenarios, from every module
	 * that contributes evidence.
	 */
	public List<EvidenceProposal> proposals(TenantId tenant, UUID id) {
		return Proposals.of(model(tenant, get(tenant, id)), facts(tenant));
	}

	/** Accepts the platform's proposal for one question as its answer, with the fact. */
	@Transactional
	public StoredAnswer accept(TenantId tenant, UUID id, String code) {
		open(tenant, id);
		EvidenceProposal proposal = proposals(tenant, id).stream()
			.filter((p) -> p.code().equals(code) && p.proposed() != null)
			.findFirst()
			.orElseThrow(() -> new KaiwuProblem.Conflict("assessment.run.no-proposal", code));
		StoredAnswer stored = new StoredAnswer(code, proposal.proposed(), AnswerSource.EVIDENCE, proposal.fact(),
				CurrentPrincipal.actorName(), Instant.now());
		this.records.saveAnswer(tenant, id, stored);
		return stored;
	}

	/**
	 * Submits the run: scores its answers and keeps the score card. A run already
	 * submitted is returned as it is, so submitting twice counts once.
	 */
	@Transactional
	public AssessmentRun submit(TenantId tenant, UUID id) {
		AssessmentRun run = this.records.find(tenant, id, true)
			.orElseThrow(() -> new KaiwuProblem.NotFound("assessment-run", id));
		if (run.status() == RunStatus.SUBMITTED) {
			return run;
		}
		ScoreCard card = Scoring.score(model(tenant, run), answerMap(tenant, id));
		String grade = card.grades().isEmpty() ? null : card.grades().get(0).grade();
		Instant now = Instant.now();
		this.records.submit(tenant, id, CurrentPrincipal.actorName(), now, card.total(), grade,
				this.json.writeValueAsString(card));
		this.events.publishEvent(new ChangeRecorded(tenant, CurrentPrincipal.actorName(), "assessment-run",
				id.toString(), ChangeRecorded.Action.UPDATED, Map.of("status", RunStatus.OPEN.name()),
				Map.of("status", RunStatus.SUBMITTED.name(), "total", card.total()), now));
		return get(tenant, id);
	}

	/**
	 * The score card: as submitted, or for an open run a preview from the answers so far.
	 */
	public ScoreCard result(TenantId tenant, UUID id) {
		AssessmentRun run = get(tenant, id);
		Optional<String> stored = this.records.result(tenant, id);
		if (stored.isPresent()) {
			return this.json.readValue(stored.get(), ScoreCard.class);
		}
		return Scoring.score(model(tenant, run), answerMap(tenant, id));
	}

	/**
	 * The submitted runs of the same model (any version), oldest first, each with its
	 * score card, for comparing this run with earlier ones.
	 */
	public List<Map.Entry<AssessmentRun, ScoreCard>> comparison(TenantId tenant, UUID id) {
		AssessmentRun run = get(tenant, id);
		List<Map.Entry<AssessmentRun, ScoreCard>> runs = new ArrayList<>();
		List<AssessmentRun> all = new ArrayList<>(this.records.list(tenant, run.modelCode()));
		all.sort((a, b) -> a.startedAt().compareTo(b.startedAt()));
		for (AssessmentRun other : all) {
			if (other.status() == RunStatus.SUBMITTED && !other.startedAt().isAfter(run.startedAt())) {
				runs.add(Map.entry(other, result(tenant, other.id())));
			}
		}
		return runs;
	}

	private AssessmentRun open(TenantId tenant, UUID id) {
		AssessmentRun run = get(tenant, id);
		if (run.status() != RunStatus.OPEN) {
			throw new KaiwuProblem.Conflict("assessment.run.submitted", id);
		}
		return run;
	}

	private Map<String, Answer> answerMap(TenantId tenant, UUID id) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		this.records.answers(tenant, id).forEach((a) -> answers.put(a.code(), a.answer()));
		return answers;
	}

	/**
	 * Facts by key from every contributing module; the first module to report a key wins.
	 */
	private Map<String, EvidenceFact> facts(TenantId tenant) {
		return this.evidence.of(tenant);
	}

}
