package io.kaiwu.transform.cycle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ScenarioCoverage;
import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.atlas.AtlasCoverage;
import io.kaiwu.transform.atlas.Coverage;
import io.kaiwu.transform.atlas.ScenarioAtlas;
import io.kaiwu.transform.evaluation.EvaluatingResults;
import io.kaiwu.transform.evaluation.EvaluationReport;
import io.kaiwu.transform.roadmap.PlannedScenario;
import io.kaiwu.transform.roadmap.PlanningRoadmaps;
import io.kaiwu.transform.roadmap.Roadmap;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a user does with PDCA cycles: starts one (from the gaps the last one left), links
 * the roadmap phase it carries out and the evaluation that measures it, and closes it,
 * which lists what remains.
 */
@Service
public class RunningCycles {

	private final CycleRecords records;

	private final PlanningRoadmaps roadmaps;

	private final EvaluatingResults evaluations;

	private final ScenarioAtlas atlas;

	private final AtlasCoverage coverage;

	private final Clock clock = Clock.systemUTC();

	RunningCycles(CycleRecords records, PlanningRoadmaps roadmaps, EvaluatingResults evaluations, ScenarioAtlas atlas,
			AtlasCoverage coverage) {
		this.records = records;
		this.roadmaps = roadmaps;
		this.evaluations = evaluations;
		this.atlas = atlas;
		this.coverage = coverage;
	}

	@Transactional(readOnly = true)
	public List<Cycle> list(TenantId tenant) {
		return this.records.all(tenant);
	}

	@Transactional(readOnly = true)
	public Cycle get(TenantId tenant, UUID id) {
		return this.records.find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("cycle", id));
	}

	/**
	 * Starts the next cycle, carrying the gaps the last one closed with. Only one cycle
	 * is open at a time. Without a phase given, a cycle on the same roadmap as the last
	 * one takes its next phase.
	 */
	@Transactional
	public Cycle start(TenantId tenant, CycleDraft draft, String user) {
		List<Cycle> all = this.records.all(tenant);
		Cycle last = all.isEmpty() ? null : all.get(all.size() - 1);
		if (last != null && last.open()) {
			throw new KaiwuProblem.Conflict("cycle.problem.open-exists", last.number());
		}
		int number = (last != null) ? last.number() + 1 : 1;
		Integer phase = draft.roadmapPhase();
		if (phase == null) {
			phase = (last != null && last.roadmapId() != null && last.roadmapId().equals(draft.roadmapId()))
					? last.roadmapPhase() + 1 : 1;
		}
		Cycle cycle = checked(tenant,
				new Cycle(UUID.randomUUID(), tenant, number, name(draft.name(), number), draft.roadmapId(), phase,
						draft.evaluationId(),
						(last != null && last.closingGaps() != null) ? last.closingGaps() : List.of(), null, null,
						this.clock.instant(), user, null, null));
		this.records.insert(cycle);
		return cycle;
	}

	/** Changes an open cycle's name, roadmap phase and evaluation. */
	@Transactional
	public Cycle change(TenantId tenant, UUID id, CycleDraft draft) {
		Cycle cycle = get(tenant, id);
		if (!cycle.open()) {
			throw new KaiwuProblem.Conflict("cycle.problem.closed", cycle.number());
		}
		Cycle changed = checked(tenant,
				new Cycle(cycle.id(), tenant, cycle.number(), name(draft.name(), cycle.number()), draft.roadmapId(),
						(draft.roadmapPhase() != null) ? draft.roadmapPhase() : cycle.roadmapPhase(),
						draft.evaluationId(), cycle.carriedGaps(), null, null, cycle.startedAt(), cycle.startedBy(),
						null, null));
		this.records.change(changed);
		return changed;
	}

	/**
	 * Closes the cycle with what remains: each KPI of its evaluation that did not improve
	 * on the baseline or was not measured, and each scenario of its roadmap phase not yet
	 * live. A cycle without an evaluation cannot be closed: the loop needs its
	 * measurement.
	 */
	@Transactional
	public Cycle close(TenantId tenant, UUID id, @Nullable String note, String user) {
		Cycle cycle = get(tenant, id);
		if (!cycle.open()) {
			throw new KaiwuProblem.Conflict("cycle.problem.closed", cycle.number());
		}
		if (cycle.evaluationId() == null) {
			throw new KaiwuProblem.Conflict("cycle.problem.no-evaluation", cycle.number());
		}
		String text = (note != null) ? note.strip() : "";
		if (text.length() > 4000) {
			throw new KaiwuProblem.InvalidInput("note", "cycle.problem.note");
		}
		List<Gap> gaps = new ArrayList<>(kpiGaps(tenant, cycle.evaluationId()));
		if (cycle.roadmapId() != null) {
			gaps.addAll(scenarioGaps(tenant, this.roadmaps.get(tenant, cycle.roadmapId()), cycle.roadmapPhase()));
		}
		Cycle closed = new Cycle(cycle.id(), tenant, cycle.number(), cycle.name(), cycle.roadmapId(),
				cycle.roadmapPhase(), cycle.evaluationId(), cycle.carriedGaps(), gaps, text, cycle.startedAt(),
				cycle.startedBy(), this.clock.instant(), user);
		if (!this.records.close(closed)) {
			throw new KaiwuProblem.Conflict("cycle.problem.closed", cycle.number());
		}
		return closed;
	}

	private List<Gap> kpiGaps(TenantId tenant, UUID evaluationId) {
		EvaluationReport report = this.evaluations.report(tenant, evaluationId);
		List<Gap> gaps = new ArrayList<>();
		for (EvaluationReport.Row row : report.rows()) {
			String code = row.kpi().code();
			if (row.current() == null) {
				gaps.add(new Gap(Gap.Kind.KPI, code, "cycle.gap.kpi-not-measured", List.of(code)));
			}
			else if (row.change() != null && !row.change().improved()) {
				gaps.add(new Gap(Gap.Kind.KPI, code, "cycle.gap.kpi-not-improved",
						List.of(code, number(row.change().baseline()), number(row.change().current()))));
			}
		}
		return gaps;
	}

	private List<Gap> scenarioGaps(TenantId tenant, Roadmap roadmap, int phase) {
		Map<String, Coverage> covered = this.atlas.pack(roadmap.pack())
			.map((pack) -> this.coverage.of(tenant, pack))
			.orElse(Map.of());
		List<Gap> gaps = new ArrayList<>();
		for (PlannedScenario s : this.roadmaps.scenarios(tenant, roadmap.id())) {
			Coverage c = covered.get(s.code());
			ScenarioCoverage.State state = (c != null) ? c.state() : ScenarioCoverage.State.NOT_STARTED;
			if (s.phase() == phase && state != ScenarioCoverage.State.LIVE) {
				gaps.add(new Gap(Gap.Kind.SCENARIO, s.code(), "cycle.gap.scenario-not-live",
						List.of(s.code(), state.name())));
			}
		}
		return gaps;
	}

	private Cycle checked(TenantId tenant, Cycle cycle) {
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		if (cycle.name().length() > 200) {
			errors.add(new KaiwuProblem.FieldError("name", "cycle.problem.name"));
		}
		if (cycle.roadmapPhase() < 1 || cycle.roadmapPhase() > 20) {
			errors.add(new KaiwuProblem.FieldError("roadmapPhase", "roadmap.problem.phase", 20));
		}
		if (cycle.roadmapId() != null
				&& this.roadmaps.list(tenant).stream().noneMatch((r) -> r.id().equals(cycle.roadmapId()))) {
			errors.add(new KaiwuProblem.FieldError("roadmapId", "cycle.problem.roadmap", cycle.roadmapId()));
		}
		if (cycle.evaluationId() != null
				&& this.evaluations.list(tenant).stream().noneMatch((e) -> e.id().equals(cycle.evaluationId()))) {
			errors.add(new KaiwuProblem.FieldError("evaluationId", "cycle.problem.evaluation", cycle.evaluationId()));
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return cycle;
	}

	private static String name(@Nullable String given, int number) {
		return (given != null && !given.isBlank()) ? given.strip() : "PDCA #" + number;
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
