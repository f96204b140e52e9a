package io.kaiwu.production.schedule.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import io.kaiwu.production.schedule.solver.ProblemRefused.Reason;

/**
 * The scheduling engine. The lexicographic objective is solved level by level: each level
 * is minimised with the levels before it bounded by the values they reached, the previous
 * level's schedule as the hint (docs/architecture.md says why this beats one weighted
 * sum). Safe for concurrent calls: every call builds its own model and solver.
 */
public final class ApsSolver {

	/** The rest of a time limit below which a level is not started. */
	private static final double LEVEL_MIN_SECONDS = 0.05;

	private final LexicographicMethod method;

	public ApsSolver() {
		this(LexicographicMethod.SEQUENTIAL);
	}

	public ApsSolver(LexicographicMethod method) {
		Loader.loadNativeLibraries();
		this.method = method;
	}

	/**
	 * A schedule for the problem; late jobs are flagged, never refused.
	 * @throws ProblemRefused when the problem has no schedule at all (an operation with
	 * no resource, one longer than every free window, pins that contradict each other).
	 */
	public Schedule solve(SchedulingProblem problem) {
		Map<String, Pin> pins = pins(problem);
		ProblemCheck.check(problem, pins);
		CpSatModel model = new CpSatModel(problem, pins);
		List<ScheduledOperation> dispatched = SerialDispatch.schedule(problem, pins);
		if (!problem.previous().isEmpty()) {
			model.hint(problem.previous());
		}
		else if (dispatched != null && !(problem.isClassicJobShop() && model.levels.size() == 1)) {
			// on a classic job shop with the makespan alone the dispatch hint held CP-SAT
			// back (benchmarks.md, "Closing the la gap")
			model.hint(dispatched);
		}
		if (this.method == LexicographicMethod.WEIGHTED_SUM && model.levels.size() > 1) {
			return weightedSum(problem, model);
		}
		long deadline = System.nanoTime() + problem.timeLimit().toNanos();
		List<ScheduledOperation> best = null;
		List<Long> reached = new ArrayList<>();
		boolean proven = true;
		List<LinearExpr> levels = model.levels.isEmpty() ? List.of(LinearExpr.constant(0)) : model.levels;
		for (int i = 0; i < levels.size(); i++) {
			double remaining = (deadline - System.nanoTime()) / 1e9;
			if (best != null && remaining < LEVEL_MIN_SECONDS) {
				proven = false;
				break;
			}
			LinearExpr level = levels.get(i);
			model.model.clearObjective();
			model.model.minimize(level);
			CpSolver solver = solver(problem, Math.max(LEVEL_MIN_SECONDS, remaining / (levels.size() - i)));
			CpSolverStatus status = solver.solve(model.model);
			if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
				best = model.read(solver);
				long value = solver.value(level);
				reached.add(value);
				proven &= status == CpSolverStatus.OPTIMAL;
				model.model.addLessOrEqual(level, value);
				model.hint(best);
			}
			else if (status == CpSolverStatus.INFEASIBLE && best == null) {
				throw new ProblemRefused(Reason.PINS_CONTRADICT, null,
						"The pinned and frozen operations contradict the routings: unpin some and try again");
			}
			else {
				proven = false;
				if (best != null) {
					break;
				}
			}
		}
		if (best == null && dispatched != null) {
			return ScheduleFigures.of(problem, dispatched, SolveStatus.FEASIBLE, List.of());
		}
		if (best == null) {
			throw new ProblemRefused(Reason.TIME_LIMIT_TOO_SHORT, null,
					"No schedule found within " + problem.timeLimit() + ": give the solver more time");
		}
		if (model.levels.isEmpty()) {
			reached.clear();
		}
		return ScheduleFigures.of(problem, best, proven ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE, reached);
	}

	private static Schedule weightedSum(SchedulingProblem problem, CpSatModel model) {
		model.model.minimize(model.weightedSum());
		CpSolver solver = solver(problem, problem.timeLimit().toNanos() / 1e9);
		CpSolverStatus status = solver.solve(model.model);
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			throw new ProblemRefused(
					(status == CpSolverStatus.INFEASIBLE) ? Reason.PINS_CONTRADICT : Reason.TIME_LIMIT_TOO_SHORT, null,
					"No schedule: " + status);
		}
		List<Long> reached = model.levels.stream().map(solver::value).toList();
		return ScheduleFigures.of(problem, model.read(solver),
				(status == CpSolverStatus.OPTIMAL) ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE, reached);
	}

	private static CpSolver solver(SchedulingProblem problem, double seconds) {
		CpSolver solver = new CpSolver();
		solver.getParameters()
			.setNumWorkers(problem.workers())
			.setMaxTimeInSeconds(seconds)
			.setLogSearchProgress(false);
		return solver;
	}

	/**
	 * Explicit pins, and every operation of the previous schedule that starts inside the
	 * frozen horizon.
	 */
	private static Map<String, Pin> pins(SchedulingProblem problem) {
		Map<String, Pin> pins = new HashMap<>();
		for (ScheduledOperation before : problem.previous()) {
			if (before.start() < problem.freezeUntil()) {
				pins.put(before.operation(), new Pin(before.resource(), before.start()));
			}
		}
		for (Job job : problem.jobs()) {
			for (Operation op : job.operations()) {
				if (op.pin() != null) {
					pins.put(op.id(), op.pin());
				}
			}
		}
		return pins;
	}

}
