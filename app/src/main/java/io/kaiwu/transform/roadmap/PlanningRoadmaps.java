package io.kaiwu.transform.roadmap;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ScenarioCoverage;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseType;
import io.kaiwu.tenancy.TenantDirectory;
import io.kaiwu.transform.atlas.AtlasCoverage;
import io.kaiwu.transform.atlas.AtlasPack;
import io.kaiwu.transform.atlas.Coverage;
import io.kaiwu.transform.atlas.Scenario;
import io.kaiwu.transform.atlas.ScenarioAtlas;
import io.kaiwu.transform.atlas.ScenarioLink;
import io.kaiwu.transform.atlas.ValueTag;
import io.kaiwu.transform.evaluation.kernel.Kpi;
import io.kaiwu.transform.roadmap.kernel.Approach;
import io.kaiwu.transform.roadmap.kernel.Candidate;
import io.kaiwu.transform.roadmap.kernel.RankedScenario;
import io.kaiwu.transform.roadmap.kernel.ScenarioRanking;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a user does with a roadmap (转型规划): has one proposed, moves a scenario to another
 * phase, and keeps the projects that carry it out.
 */
@Service
public class PlanningRoadmaps {

	/** Feasibility of a scenario set up but not yet live. */
	static final double CONFIGURED = 0.8;

	/** Feasibility of a scenario not started whose Kaiwu module exists. */
	static final double MODULE_READY = 0.5;

	/** Feasibility of a scenario whose Kaiwu module is not built yet. */
	static final double MODULE_MISSING = 0.2;

	/** The discount rate when none is given. */
	static final double DEFAULT_RATE = 0.08;

	private final RoadmapRecords records;

	private final ScenarioAtlas atlas;

	private final AtlasCoverage coverage;

	private final TenantDirectory tenants;

	private final MessageSource messages;

	private final AssessmentGaps gaps;

	private final Clock clock = Clock.systemUTC();

	PlanningRoadmaps(RoadmapRecords records, ScenarioAtlas atlas, AtlasCoverage coverage, TenantDirectory tenants,
			MessageSource messages, AssessmentGaps gaps) {
		this.gaps = gaps;
		this.records = records;
		this.atlas = atlas;
		this.coverage = coverage;
		this.tenants = tenants;
		this.messages = messages;
	}

	/**
	 * Proposes a roadmap: every scenario of the pack not yet live, scored by the value
	 * goals, its feasibility (how far the tenant has it set up, whether its module
	 * exists) and the picked pain points, ranked into phases by the approach; and one
	 * project per phase to fill in.
	 */
	@Transactional
	public Roadmap propose(TenantId tenant, RoadmapDraft draft, String user) {
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		String name = (draft.name() != null) ? draft.name().strip() : "";
		if (name.isEmpty() || name.length() > 200) {
			errors.add(new KaiwuProblem.FieldError("name", "roadmap.problem.name"));
		}
		Approach approach = approach(tenant, draft.approach(), errors);
		String packCode = (draft.pack() != null && !draft.pack().isBlank()) ? draft.pack() : ScenarioAtlas.GENERAL;
		AtlasPack pack = this.atlas.pack(packCode).orElse(null);
		if (pack == null) {
			errors.add(new KaiwuProblem.FieldError("pack", "roadmap.problem.pack", packCode));
		}
		List<String> goals = (draft.goals() != null) ? draft.goals() : List.of();
		for (String goal : goals) {
			if (Arrays.stream(ValueTag.values()).noneMatch((t) -> t.name().equals(goal))) {
				errors.add(new KaiwuProblem.FieldError("goals", "roadmap.problem.goal", goal,
						Arrays.toString(ValueTag.values())));
			}
		}
		List<String> painPoints = (draft.painPoints() != null) ? draft.painPoints() : List.of();
		if (pack != null) {
			for (String pain : painPoints) {
				if (!painPointExists(pack, pain)) {
					errors.add(new KaiwuProblem.FieldError("painPoints", "roadmap.problem.pain-point", pain));
				}
			}
		}
		double rate = (draft.discountRate() != null) ? draft.discountRate() : DEFAULT_RATE;
		if (!(rate >= 0 && rate <= 1)) {
			errors.add(new KaiwuProblem.FieldError("discountRate", "roadmap.problem.rate", rate));
		}
		if (!errors.isEmpty() || pack == null || approach == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Roadmap roadmap = new Roadmap(UUID.randomUUID(), tenant, name, approach, pack.code(), goals, painPoints, rate,
				this.clock.instant(), user);
		this.records.insert(roadmap);
		Map<Integer, List<String>> byPhase = new TreeMap<>();
		for (RankedScenario ranked : ScenarioRanking.plan(candidates(tenant, pack, goals, painPoints), approach)) {
			this.records.plan(roadmap.id(), new PlannedScenario(ranked.code(), ranked.phase(), ranked.score(),
					ranked.after(), ranked.unplannedPrerequisites()));
			byPhase.computeIfAbsent(ranked.phase(), (p) -> new ArrayList<>()).add(ranked.code());
		}
		byPhase.forEach((phase,
				codes) -> this.records.save(new Project(UUID.randomUUID(), roadmap.id(),
						this.messages.getMessage("roadmap.project.default-name", new Object[] { phase }, "#" + phase,
								LocaleContextHolder.getLocale()),
						phase, codes, 0, List.of(), Map.of(), List.of(), "")));
		return roadmap;
	}

	List<Candidate> candidates(TenantId tenant, AtlasPack pack, List<String> goals, List<String> painPoints) {
		Map<String, Coverage> covered = this.coverage.of(tenant, pack);
		Map<String, Double> gap = this.gaps.of(tenant);
		List<Candidate> candidates = new ArrayList<>();
		for (Scenario s : pack.scenarios()) {
			Coverage c = covered.get(s.code());
			ScenarioCoverage.State state = (c != null) ? c.state() : ScenarioCoverage.State.NOT_STARTED;
			double feasibility = switch (state) {
				case LIVE -> 1.0;
				case CONFIGURED -> CONFIGURED;
				case NOT_STARTED -> (c != null && !c.sources().isEmpty()) ? MODULE_READY : MODULE_MISSING;
			};
			long wanted = s.tags().stream().filter((t) -> goals.contains(t.name())).count();
			double value = goals.isEmpty() ? 0.5 : (double) wanted / goals.size();
			boolean pain = painPoints.stream().anyMatch((p) -> p.startsWith(s.code() + "/"));
			Set<String> prerequisites = new HashSet<>();
			for (Scenario other : pack.scenarios()) {
				for (ScenarioLink link : other.links()) {
					if (link.to().equals(s.code())) {
						prerequisites.add(other.code());
					}
				}
			}
			candidates.add(new Candidate(s.code(), s.category(), value, feasibility, gap.getOrDefault(s.code(), 0.0),
					pain, prerequisites, state == ScenarioCoverage.State.LIVE));
		}
		return candidates;
	}

	private @Nullable Approach approach(TenantId tenant, @Nullable String given, List<KaiwuProblem.FieldError> errors) {
		if (given != null && !given.isBlank()) {
			try {
				return Approach.valueOf(given);
			}
			catch (IllegalArgumentException ex) {
				errors.add(new KaiwuProblem.FieldError("approach", "roadmap.problem.approach", given));
				return null;
			}
		}
		EnterpriseType type = this.tenants.find(tenant)
			.map(TenantDirectory.TenantSummary::type)
			.orElse(EnterpriseType.SMALL_MEDIUM);
		return switch (type) {
			case CHAIN_LEADER -> Approach.CHAIN;
			case LARGE -> Approach.WHOLE;
			case SMALL_MEDIUM, MICRO -> Approach.TIERED;
		};
	}

	private static boolean painPointExists(AtlasPack pack, String pain) {
		int slash = pain.lastIndexOf('/');
		if (slash < 0) {
			return false;
		}
		Scenario scenario = pack.scenario(pain.substring(0, slash)).orElse(null);
		try {
			int index = Integer.parseInt(pain.substring(slash + 1));
			return scenario != null && index >= 1 && index <= scenario.painPoints().size();
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	@Transactional(readOnly = true)
	public Roadmap get(TenantId tenant, UUID id) {
		return this.records.find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("roadmap", id));
	}

	@Transactional(readOnly = true)
	public List<Roadmap> list(TenantId tenant) {
		return this.records.all(tenant);
	}

	@Transactional(readOnly = true)
	public List<PlannedScenario> scenarios(TenantId tenant, UUID id) {
		return this.records.scenarios(get(tenant, id).id());
	}

	@Transactional(readOnly = true)
	public List<Project> projects(TenantId tenant, UUID id) {
		return this.records.projects(get(tenant, id).id());
	}

	/** Moves a planned scenario to another phase, as the planner sees fit. */
	@Transactional
	public void move(TenantId tenant, UUID id, String code, @Nullable Integer phase) {
		Roadmap roadmap = get(tenant, id);
		if (phase == null || phase < 1 || phase > 20) {
			throw new KaiwuProblem.InvalidInput("phase", "roadmap.problem.phase", 20);
		}
		if (!this.records.move(roadmap.id(), code, phase)) {
			throw new KaiwuProblem.NotFound("roadmap-scenario", code);
		}
	}

	/** Adds a project, or changes it when {@code projectId} names one. */
	@Transactional
	public Project saveProject(TenantId tenant, UUID id, @Nullable UUID projectId, ProjectDraft draft) {
		Roadmap roadmap = get(tenant, id);
		if (projectId != null
				&& this.records.projects(roadmap.id()).stream().noneMatch((p) -> p.id().equals(projectId))) {
			throw new KaiwuProblem.NotFound("project", projectId);
		}
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		String name = (draft.name() != null) ? draft.name().strip() : "";
		if (name.isEmpty() || name.length() > 200) {
			errors.add(new KaiwuProblem.FieldError("name", "roadmap.problem.name"));
		}
		int phase = (draft.phase() != null) ? draft.phase() : 1;
		if (phase < 1 || phase > 20) {
			errors.add(new KaiwuProblem.FieldError("phase", "roadmap.problem.phase", 20));
		}
		List<String> scenarios = (draft.scenarios() != null) ? draft.scenarios() : List.of();
		AtlasPack pack = this.atlas.pack(roadmap.pack()).orElseThrow();
		for (String code : scenarios) {
			if (pack.scenario(code).isEmpty()) {
				errors.add(new KaiwuProblem.FieldError("scenarios", "roadmap.problem.scenario", code));
			}
		}
		double investment = (draft.investment() != null) ? draft.investment() : 0;
		if (!(investment >= 0) || Double.isInfinite(investment)) {
			errors.add(new KaiwuProblem.FieldError("investment", "roadmap.problem.investment"));
		}
		List<Double> benefits = (draft.netBenefits() != null) ? draft.netBenefits() : List.of();
		if (benefits.size() > 30 || benefits.stream().anyMatch((b) -> b == null || !Double.isFinite(b))) {
			errors.add(new KaiwuProblem.FieldError("netBenefits", "roadmap.problem.benefits", 30));
		}
		Map<String, Double> effects = (draft.kpiEffects() != null) ? draft.kpiEffects() : Map.of();
		effects.forEach((kpi, change) -> {
			if (Kpi.ofCode(kpi).isEmpty() || change == null || !Double.isFinite(change)) {
				errors.add(new KaiwuProblem.FieldError("kpiEffects", "roadmap.problem.kpi-effect", kpi));
			}
		});
		List<String> risks = (draft.risks() != null)
				? draft.risks().stream().filter((r) -> r != null && !r.isBlank()).map(String::strip).toList()
				: List.of();
		String assumptions = (draft.assumptions() != null) ? draft.assumptions().strip() : "";
		if (risks.stream().anyMatch((r) -> r.length() > 500) || assumptions.length() > 4000) {
			errors.add(new KaiwuProblem.FieldError("risks", "roadmap.problem.text-length"));
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Project project = new Project((projectId != null) ? projectId : UUID.randomUUID(), roadmap.id(), name, phase,
				scenarios, investment, benefits, effects, risks, assumptions);
		this.records.save(project);
		return project;
	}

	@Transactional
	public void deleteProject(TenantId tenant, UUID id, UUID projectId) {
		if (!this.records.delete(get(tenant, id).id(), projectId)) {
			throw new KaiwuProblem.NotFound("project", projectId);
		}
	}

}
