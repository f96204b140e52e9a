package io.kaiwu.transform.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.evaluation.kernel.Change;
import io.kaiwu.transform.evaluation.kernel.Kpi;
import io.kaiwu.transform.evaluation.kernel.KpiInput;
import io.kaiwu.transform.evaluation.kernel.KpiInputProblem;
import io.kaiwu.transform.evaluation.kernel.SystemUsabilityScale;
import io.kaiwu.transform.evidence.PlatformFacts;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a user does in results evaluation (成效评估): starts an evaluation of a period against
 * a baseline, enters a KPI's inputs, lets the platform measure the KPIs it can, collects
 * System Usability Scale answers, and reads baseline versus current.
 */
@Service
public class EvaluatingResults {

	private final EvaluationRecords records;

	private final PlatformFacts facts;

	private final Clock clock;

	EvaluatingResults(EvaluationRecords records, PlatformFacts facts) {
		this.records = records;
		this.facts = facts;
		this.clock = Clock.systemUTC();
	}

	@Transactional
	public Evaluation start(TenantId tenant, EvaluationDraft draft, String user) {
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		String name = (draft.name() != null) ? draft.name().strip() : "";
		if (name.isEmpty() || name.length() > 200) {
			errors.add(new KaiwuProblem.FieldError("name", "evaluation.problem.name"));
		}
		if (draft.periodFrom() == null) {
			errors.add(new KaiwuProblem.FieldError("periodFrom", "evaluation.problem.period-missing"));
		}
		if (draft.periodTo() == null) {
			errors.add(new KaiwuProblem.FieldError("periodTo", "evaluation.problem.period-missing"));
		}
		if (draft.periodFrom() != null && draft.periodTo() != null && draft.periodTo().isBefore(draft.periodFrom())) {
			errors.add(new KaiwuProblem.FieldError("periodTo", "evaluation.problem.period-order", draft.periodFrom(),
					draft.periodTo()));
		}
		if (draft.baselineId() != null) {
			this.records.find(tenant, draft.baselineId()).ifPresentOrElse((baseline) -> {
				if (draft.periodFrom() != null && !baseline.periodTo().isBefore(draft.periodFrom())) {
					errors.add(new KaiwuProblem.FieldError("baselineId", "evaluation.problem.baseline-not-earlier",
							baseline.name(), baseline.periodTo()));
				}
			}, () -> errors.add(new KaiwuProblem.FieldError("baselineId", "evaluation.problem.baseline-unknown",
					draft.baselineId())));
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Evaluation evaluation = new Evaluation(UUID.randomUUID(), tenant, name, draft.periodFrom(), draft.periodTo(),
				draft.baselineId(), this.clock.instant(), user);
		this.records.insert(evaluation);
		return evaluation;
	}

	@Transactional(readOnly = true)
	public Evaluation get(TenantId tenant, UUID id) {
		return this.records.find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("evaluation", id));
	}

	@Transactional(readOnly = true)
	public List<Evaluation> list(TenantId tenant) {
		return this.records.all(tenant);
	}

	/**
	 * Enters a KPI's inputs by hand.
	 * @throws KaiwuProblem.InvalidInput naming every bad input as {@code inputs.<name>}
	 */
	@Transactional
	public KpiValue enter(TenantId tenant, UUID id, String kpiCode, Map<String, Double> inputs, String user) {
		Evaluation evaluation = get(tenant, id);
		Kpi kpi = kpi(kpiCode);
		if (kpi == Kpi.SYSTEM_USABILITY && !this.records.susScores(evaluation.id()).isEmpty()) {
			throw new KaiwuProblem.Conflict("evaluation.problem.sus-surveyed");
		}
		KpiValue value = new KpiValue(kpi, compute(kpi, inputs), ValueSource.MANUAL, inputs, List.of(),
				this.clock.instant(), user);
		this.records.put(evaluation.id(), value);
		return value;
	}

	/**
	 * Measures every KPI whose inputs the platform knows, from the facts the modules give
	 * now. KPIs it cannot measure keep what they had.
	 * @return the KPIs measured.
	 */
	@Transactional
	public List<KpiValue> measure(TenantId tenant, UUID id, String user) {
		Evaluation evaluation = get(tenant, id);
		Map<String, EvidenceFact> known = this.facts.of(tenant);
		List<KpiValue> measured = new ArrayList<>();
		Instant now = this.clock.instant();
		for (Kpi kpi : Kpi.values()) {
			Map<String, Double> inputs = new LinkedHashMap<>();
			List<EvidenceFact> evidence = new ArrayList<>();
			for (KpiInput input : kpi.inputs()) {
				EvidenceFact fact = (input.evidenceKey() != null) ? known.get(input.evidenceKey()) : null;
				if (fact != null) {
					inputs.put(input.name(), fact.ratio());
					evidence.add(fact);
				}
			}
			if (!inputs.isEmpty() && inputs.size() == kpi.inputs().size()) {
				KpiValue value = new KpiValue(kpi, compute(kpi, inputs), ValueSource.PLATFORM, inputs, evidence, now,
						user);
				this.records.put(evaluation.id(), value);
				measured.add(value);
			}
		}
		return measured;
	}

	/**
	 * Takes one respondent's System Usability Scale answers (answering again replaces
	 * them) and sets 系统易用性 to the mean score.
	 */
	@Transactional
	public KpiValue answerSus(TenantId tenant, UUID id, List<Integer> answers, String respondent) {
		Evaluation evaluation = get(tenant, id);
		if (answers.size() != SystemUsabilityScale.STATEMENTS
				|| answers.stream().anyMatch((a) -> a == null || a < 1 || a > 5)) {
			throw new KaiwuProblem.InvalidInput("answers", "evaluation.problem.sus-answers",
					SystemUsabilityScale.STATEMENTS);
		}
		Instant now = this.clock.instant();
		this.records.answer(evaluation.id(), respondent, answers, SystemUsabilityScale.score(answers), now);
		List<Double> scores = this.records.susScores(evaluation.id());
		double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		Map<String, Double> inputs = Map.of("meanSusScore", mean);
		KpiValue value = new KpiValue(Kpi.SYSTEM_USABILITY, compute(Kpi.SYSTEM_USABILITY, inputs), ValueSource.SURVEY,
				inputs, List.of(), now, respondent);
		this.records.put(evaluation.id(), value);
		return value;
	}

	/** Baseline versus current for every KPI of the catalogue. */
	@Transactional(readOnly = true)
	public EvaluationReport report(TenantId tenant, UUID id) {
		Evaluation evaluation = get(tenant, id);
		Evaluation baseline = (evaluation.baselineId() != null)
				? this.records.find(tenant, evaluation.baselineId()).orElse(null) : null;
		Map<Kpi, KpiValue> current = byKpi(evaluation);
		Map<Kpi, KpiValue> before = (baseline != null) ? byKpi(baseline) : Map.of();
		List<EvaluationReport.Row> rows = new ArrayList<>();
		for (Kpi kpi : Kpi.values()) {
			KpiValue now = current.get(kpi);
			KpiValue then = before.get(kpi);
			Change change = (now != null && then != null) ? Change.of(kpi, then.value(), now.value()) : null;
			rows.add(new EvaluationReport.Row(kpi, now, then, change));
		}
		return new EvaluationReport(evaluation, baseline, rows, this.records.susScores(evaluation.id()).size());
	}

	private Map<Kpi, KpiValue> byKpi(Evaluation evaluation) {
		Map<Kpi, KpiValue> values = new EnumMap<>(Kpi.class);
		this.records.values(evaluation.id()).forEach((v) -> values.put(v.kpi(), v));
		return values;
	}

	private static Kpi kpi(@Nullable String code) {
		return Kpi.ofCode((code != null) ? code : "")
			.orElseThrow(() -> new KaiwuProblem.NotFound("kpi", String.valueOf(code)));
	}

	private static double compute(Kpi kpi, Map<String, Double> inputs) {
		try {
			return kpi.compute(inputs);
		}
		catch (KpiInputProblem problem) {
			throw new KaiwuProblem.InvalidInput(problem.issues()
				.stream()
				.map((i) -> new KaiwuProblem.FieldError("inputs." + i.input(), "evaluation.problem.input." + i.reason(),
						i.input(), (i.given() != null) ? i.given() : ""))
				.toList());
		}
	}

}
