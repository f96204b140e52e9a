package io.kaiwu.production.schedule.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CircuitConstraint;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import org.jspecify.annotations.Nullable;

/**
 * The APS problem as a CP-SAT model: one start and end per operation, one optional
 * interval per alternative resource, no overlap per resource (with its blocked time as
 * fixed intervals), a circuit per resource that has setups, and one linear expression per
 * objective level.
 */
final class CpSatModel {

	final CpModel model = new CpModel();

	/** Every operation's variables, in job and routing order. */
	final Map<String, OperationVars> operations = new LinkedHashMap<>();

	/** The objective levels in play, most important first. */
	final List<LinearExpr> levels = new ArrayList<>();

	/** An upper bound of each level, for the multipliers of a weighted sum. */
	final List<Long> levelBounds = new ArrayList<>();

	private final SchedulingProblem problem;

	private final Map<String, Resource> resources = new LinkedHashMap<>();

	private final long horizon;

	private final int longestSetup;

	CpSatModel(SchedulingProblem problem, Map<String, Pin> pins) {
		this.problem = problem;
		problem.resources().forEach((resource) -> this.resources.put(resource.id(), resource));
		this.horizon = horizon(problem, pins);
		this.longestSetup = problem.resources()
			.stream()
			.flatMap((r) -> r.setups().values().stream())
			.flatMap((row) -> row.values().stream())
			.mapToInt(Integer::intValue)
			.max()
			.orElse(0);
		List<LinearArgument> completions = new ArrayList<>();
		for (Job job : problem.jobs()) {
			OperationVars before = null;
			for (Operation op : job.operations()) {
				OperationVars vars = operation(job, op, pins.get(op.id()), before == null);
				if (before != null) {
					chain(before, vars);
				}
				this.operations.put(op.id(), vars);
				before = vars;
			}
			if (before != null) {
				completions.add(before.end());
			}
		}
		Map<String, List<LinearExpr>> setupByResource = resources();
		IntVar makespan = this.model.newIntVar(0, this.horizon, "makespan");
		if (!completions.isEmpty()) {
			this.model.addMaxEquality(makespan, completions);
		}
		tardinessLevel();
		completionLevel(makespan, completions);
		setupLevel(setupByResource);
		disruptionLevel(pins);
	}

	private static long horizon(SchedulingProblem problem, Map<String, Pin> pins) {
		long latest = problem.freezeUntil();
		long work = 0;
		int longestSetup = 0;
		for (Resource resource : problem.resources()) {
			for (TimeWindow block : resource.blocked()) {
				if (block.end() < SchedulingProblem.END_OF_TIME) {
					latest = Math.max(latest, block.end());
				}
			}
			for (Map<String, Integer> row : resource.setups().values()) {
				longestSetup = Math.max(longestSetup,
						row.values().stream().mapToInt(Integer::intValue).max().orElse(0));
			}
		}
		for (Job job : problem.jobs()) {
			latest = Math.max(latest, job.release());
			for (Operation op : job.operations()) {
				work += op.longestDuration() + longestSetup;
				Pin pin = pins.get(op.id());
				if (pin != null) {
					latest = Math.max(latest, (long) pin.start() + op.longestDuration());
				}
			}
		}
		return latest + work;
	}

	private OperationVars operation(Job job, Operation op, @Nullable Pin pin, boolean first) {
		List<Mode> modes = (pin != null)
				? op.modes().stream().filter((m) -> m.resource().equals(pin.resource())).limit(1).toList() : op.modes();
		long earliest = (first && pin == null) ? job.release() : 0;
		IntVar start = (pin != null) ? this.model.newConstant(pin.start())
				: this.model.newIntVar(earliest, this.horizon, op.id() + ".start");
		List<ModeVars> modeVars = new ArrayList<>();
		LinearArgument end;
		if (modes.size() == 1) {
			Mode mode = modes.get(0);
			end = LinearExpr.affine(start, 1, mode.duration());
			IntervalVar interval = this.model.newFixedSizeIntervalVar(start, mode.duration(), op.id());
			modeVars.add(new ModeVars(mode, this.model.trueLiteral(), interval));
		}
		else {
			IntVar endVar = this.model.newIntVar(earliest, this.horizon, op.id() + ".end");
			List<Literal> choices = new ArrayList<>();
			for (Mode mode : modes) {
				BoolVar presence = this.model.newBoolVar(op.id() + "@" + mode.resource());
				IntervalVar interval = this.model.newOptionalIntervalVar(start, LinearExpr.constant(mode.duration()),
						endVar, presence, op.id() + "@" + mode.resource());
				modeVars.add(new ModeVars(mode, presence, interval));
				choices.add(presence);
			}
			this.model.addExactlyOne(choices);
			end = endVar;
		}
		return new OperationVars(job, op, start, end, modeVars, LinearExpr.newBuilder());
	}

	/**
	 * Precedence inside a job, or the transfer-batch overlap when the earlier one has a
	 * lag.
	 */
	private void chain(OperationVars before, OperationVars after) {
		Integer lag = before.operation().transferLag();
		if (lag == null) {
			this.model.addGreaterOrEqual(after.start(), before.end());
		}
		else {
			this.model.addGreaterOrEqual(after.start(), LinearExpr.affine(before.start(), 1, lag));
			this.model.addGreaterOrEqual(after.end(), before.end());
		}
	}

	/** No overlap per resource, blocked time included; setups through a circuit. */
	private Map<String, List<LinearExpr>> resources() {
		Map<String, List<Candidate>> byResource = new LinkedHashMap<>();
		this.resources.keySet().forEach((id) -> byResource.put(id, new ArrayList<>()));
		for (OperationVars vars : this.operations.values()) {
			for (ModeVars mode : vars.modes()) {
				byResource.get(mode.mode().resource()).add(new Candidate(vars, mode));
			}
		}
		Map<String, List<LinearExpr>> setups = new LinkedHashMap<>();
		for (Map.Entry<String, List<Candidate>> entry : byResource.entrySet()) {
			Resource resource = this.resources.get(entry.getKey());
			List<Candidate> candidates = entry.getValue();
			List<IntervalVar> intervals = new ArrayList<>();
			candidates.forEach((c) -> intervals.add(c.mode().interval()));
			for (TimeWindow block : resource.blocked()) {
				if (candidates.isEmpty() || block.start() >= this.horizon) {
					continue;
				}
				long end = Math.min(block.end(), this.horizon + 1);
				intervals
					.add(this.model.newFixedInterval(block.start(), end - block.start(), resource.id() + ".blocked"));
			}
			if (intervals.size() > 1) {
				this.model.addNoOverlap(intervals);
			}
			if (resource.hasSetups() && !candidates.isEmpty()) {
				setups.put(resource.id(), setupCircuit(resource, candidates));
			}
		}
		return setups;
	}

	/**
	 * Node 0 is the resource's start and end; an arc i to j means j runs right after i
	 * and costs the changeover from i's family to j's.
	 */
	private List<LinearExpr> setupCircuit(Resource resource, List<Candidate> candidates) {
		CircuitConstraint circuit = this.model.addCircuit();
		List<LinearExpr> setupTerms = new ArrayList<>();
		circuit.addArc(0, 0, this.model.newBoolVar(resource.id() + ".idle"));
		for (int i = 0; i < candidates.size(); i++) {
			Candidate to = candidates.get(i);
			String family = to.vars().job().family();
			circuit.addArc(i + 1, i + 1, to.mode().presence().not());
			BoolVar first = this.model.newBoolVar(resource.id() + ".first." + i);
			circuit.addArc(0, i + 1, first);
			circuit.addArc(i + 1, 0, this.model.newBoolVar(resource.id() + ".last." + i));
			int initial = resource.setup(resource.initialFamily(), family);
			if (initial > 0) {
				this.model.addGreaterOrEqual(to.vars().start(), initial).onlyEnforceIf(first);
				arcSetup(to, first, initial, setupTerms);
			}
			for (int j = 0; j < candidates.size(); j++) {
				Candidate from = candidates.get(j);
				if (i == j || from.vars() == to.vars()) {
					continue;
				}
				BoolVar next = this.model.newBoolVar(resource.id() + "." + j + ">" + i);
				circuit.addArc(j + 1, i + 1, next);
				int setup = resource.setup(from.vars().job().family(), family);
				this.model.addGreaterOrEqual(to.vars().start(), LinearExpr.affine(from.vars().end(), 1, setup))
					.onlyEnforceIf(next);
				if (setup > 0) {
					arcSetup(to, next, setup, setupTerms);
				}
			}
		}
		return setupTerms;
	}

	private void arcSetup(Candidate to, Literal arc, int minutes, List<LinearExpr> setupTerms) {
		to.vars().setup().addTerm(arc, minutes);
		setupTerms.add(LinearExpr.term(arc, minutes));
	}

	private void tardinessLevel() {
		LinearExprBuilder level = LinearExpr.newBuilder();
		long bound = 0;
		boolean any = false;
		for (Job job : this.problem.jobs()) {
			if (job.tardinessWeight() == 0 || job.operations().isEmpty()) {
				continue;
			}
			LinearArgument completion = this.operations.get(job.operations().get(job.operations().size() - 1).id())
				.end();
			IntVar tardiness = this.model.newIntVar(0, this.horizon, job.id() + ".tardiness");
			this.model.addMaxEquality(tardiness,
					new LinearArgument[] { LinearExpr.affine(completion, 1, -job.due()), LinearExpr.constant(0) });
			level.addTerm(tardiness, job.tardinessWeight());
			bound += job.tardinessWeight() * this.horizon;
			any = true;
		}
		if (any) {
			this.levels.add(level.build());
			this.levelBounds.add(bound);
		}
	}

	private void completionLevel(IntVar makespan, List<LinearArgument> completions) {
		Objective objective = this.problem.objective();
		if (completions.isEmpty() || (objective.makespanWeight() == 0 && objective.completionWeight() == 0)) {
			return;
		}
		LinearExprBuilder level = LinearExpr.newBuilder().addTerm(makespan, objective.makespanWeight());
		if (objective.completionWeight() > 0) {
			completions.forEach((c) -> level.addTerm(c, objective.completionWeight()));
		}
		this.levels.add(level.build());
		this.levelBounds.add(
				this.horizon * (objective.makespanWeight() + (long) objective.completionWeight() * completions.size()));
	}

	private void setupLevel(Map<String, List<LinearExpr>> setupByResource) {
		LinearExprBuilder level = LinearExpr.newBuilder();
		long[] bound = { 0 };
		boolean any = false;
		for (Map.Entry<String, List<LinearExpr>> entry : setupByResource.entrySet()) {
			int weight = this.problem.objective().setupWeight(entry.getKey());
			if (weight > 0 && !entry.getValue().isEmpty()) {
				entry.getValue().forEach((term) -> level.addTerm(term, weight));
				bound[0] += (long) weight * this.longestSetup * this.operations.size();
				any = true;
			}
		}
		if (any) {
			this.levels.add(level.build());
			this.levelBounds.add(bound[0]);
		}
	}

	/** Moved operations and start shifts against the previous schedule. */
	private void disruptionLevel(Map<String, Pin> pins) {
		Objective objective = this.problem.objective();
		if (this.problem.previous().isEmpty() || (objective.movedWeight() == 0 && objective.shiftWeight() == 0)) {
			return;
		}
		LinearExprBuilder level = LinearExpr.newBuilder();
		long count = this.problem.previous().size();
		for (ScheduledOperation before : this.problem.previous()) {
			OperationVars vars = this.operations.get(before.operation());
			if (vars == null || pins.containsKey(before.operation())) {
				continue;
			}
			ModeVars sameMode = vars.modes()
				.stream()
				.filter((m) -> m.mode().resource().equals(before.resource()))
				.findFirst()
				.orElse(null);
			if (sameMode == null) {
				level.add(objective.movedWeight());
				continue;
			}
			if (objective.movedWeight() > 0) {
				BoolVar stays = this.model.newBoolVar(before.operation() + ".stays");
				this.model.addImplication(stays, sameMode.presence());
				this.model.addEquality(vars.start(), before.start()).onlyEnforceIf(stays);
				level.add(objective.movedWeight()).addTerm(stays, -objective.movedWeight());
			}
			if (objective.shiftWeight() > 0) {
				IntVar shift = this.model.newIntVar(0, this.horizon, before.operation() + ".shift");
				this.model.addAbsEquality(shift, LinearExpr.affine(vars.start(), 1, -before.start()));
				level.addTerm(shift, objective.shiftWeight());
			}
		}
		this.levels.add(level.build());
		this.levelBounds.add(count * (objective.movedWeight() + objective.shiftWeight() * this.horizon));
	}

	/**
	 * The levels as one weighted sum: each level's multiplier is the product of (bound +
	 * 1) of every later level, so one unit of a level outweighs all later levels
	 * together.
	 * @throws ArithmeticException when the multipliers do not fit in a long.
	 */
	LinearExpr weightedSum() {
		LinearExprBuilder sum = LinearExpr.newBuilder();
		long multiplier = 1;
		for (int i = this.levels.size() - 1; i >= 0; i--) {
			sum.addTerm(this.levels.get(i), multiplier);
			multiplier = Math.multiplyExact(multiplier, Math.addExact(this.levelBounds.get(i), 1));
		}
		return sum.build();
	}

	/** Start values and resource choices as a solution hint for the next solve. */
	void hint(List<ScheduledOperation> schedule) {
		this.model.clearHints();
		for (ScheduledOperation placed : schedule) {
			OperationVars vars = this.operations.get(placed.operation());
			if (vars == null) {
				continue;
			}
			if (vars.start().getDomain().size() > 1) {
				this.model.addHint(vars.start(), Math.max(0, Math.min(placed.start(), this.horizon)));
			}
			if (vars.modes().size() > 1) {
				for (ModeVars mode : vars.modes()) {
					this.model.addHint(mode.presence(), mode.mode().resource().equals(placed.resource()));
				}
			}
		}
	}

	/** The operations of the solver's current solution. */
	List<ScheduledOperation> read(CpSolver solver) {
		List<ScheduledOperation> placed = new ArrayList<>();
		for (OperationVars vars : this.operations.values()) {
			ModeVars chosen = vars.modes()
				.stream()
				.filter((m) -> solver.booleanValue(m.presence()))
				.findFirst()
				.orElseThrow();
			placed.add(new ScheduledOperation(vars.job().id(), vars.operation().id(), chosen.mode().resource(),
					(int) solver.value(vars.start()), (int) solver.value(vars.end()),
					(int) solver.value(vars.setup().build())));
		}
		return placed;
	}

	/** The variables of one operation. */
	record OperationVars(Job job, Operation operation, IntVar start, LinearArgument end, List<ModeVars> modes,
			LinearExprBuilder setup) {
	}

	/** One alternative resource of an operation and whether it is chosen. */
	record ModeVars(Mode mode, Literal presence, IntervalVar interval) {
	}

	private record Candidate(OperationVars vars, ModeVars mode) {
	}

}
