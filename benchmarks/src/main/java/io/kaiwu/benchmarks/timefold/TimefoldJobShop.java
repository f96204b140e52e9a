package io.kaiwu.benchmarks.timefold;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.kaiwu.production.schedule.jobshop.JobShopInstance;
import io.kaiwu.production.schedule.jobshop.JobShopInstance.Step;
import io.kaiwu.production.schedule.jobshop.JobShopOperation;
import org.slf4j.LoggerFactory;

/**
 * Solves a job-shop instance with Timefold Solver (community edition, one thread), in one
 * of two models. Both decide only the order of the operations on each machine; the
 * default construction heuristic inserts the operations, routing step by routing step,
 * where the makespan grows least, and the default local search (late acceptance over list
 * change, swap, sub-list and 2-opt moves) reorders them until the time limit.
 * <ul>
 * <li>{@link Model#SHADOW_VARIABLES}, the quickstart style: end times as declarative
 * shadow variables, score by constraint streams;</li>
 * <li>{@link Model#DECODER}: plain values, and a score calculator that decodes the orders
 * into the semi-active schedule on every move.</li>
 * </ul>
 */
public final class TimefoldJobShop {

	/** How the job shop is put to Timefold. */
	public enum Model {

		SHADOW_VARIABLES, DECODER

	}

	private final Model model;

	private final SolverFactory<JobShopPlan> shadowFactory;

	private final SolverFactory<DecodedPlan> decoderFactory;

	public TimefoldJobShop(Model model, Duration limit) {
		// Timefold logs every step at debug level, which alone slows it several times
		// over; info keeps one line per phase, with its move evaluation speed
		((Logger) LoggerFactory.getLogger("ai.timefold")).setLevel(Level.INFO);
		this.model = model;
		this.shadowFactory = SolverFactory.create(new SolverConfig().withSolutionClass(JobShopPlan.class)
			.withEntityClasses(MachineSequence.class, TimedOperation.class)
			.withConstraintProviderClass(JobShopConstraints.class)
			.withEnvironmentMode(EnvironmentMode.NO_ASSERT)
			.withTerminationSpentLimit(limit));
		this.decoderFactory = SolverFactory.create(new SolverConfig().withSolutionClass(DecodedPlan.class)
			.withEntityClasses(DecodedMachine.class)
			.withEasyScoreCalculatorClass(SemiActiveDecoder.class)
			.withEnvironmentMode(EnvironmentMode.NO_ASSERT)
			.withTerminationSpentLimit(limit));
	}

	/** The answer: makespan, every operation, and whether it is free of cycles. */
	public record Answer(int makespan, List<JobShopOperation> operations, boolean feasible) {
	}

	public Answer solve(JobShopInstance instance) {
		return (this.model == Model.SHADOW_VARIABLES) ? solveWithShadowVariables(instance) : solveWithDecoder(instance);
	}

	private Answer solveWithShadowVariables(JobShopInstance instance) {
		JobShopPlan solved = this.shadowFactory.buildSolver().solve(plan(instance));
		List<JobShopOperation> operations = new ArrayList<>();
		for (MachineSequence machine : solved.getMachines()) {
			for (TimedOperation op : machine.getOperations()) {
				if (op.getEnd() != null) {
					operations.add(new JobShopOperation(op.getJob(), op.getStep(), machine.getMachine(),
							op.getEnd() - op.getDuration(), op.getEnd()));
				}
			}
		}
		return answer(operations, solved.getScore().isFeasible());
	}

	private Answer solveWithDecoder(JobShopInstance instance) {
		DecodedPlan solved = this.decoderFactory.buildSolver().solve(decodedPlan(instance));
		int[] starts = SemiActiveDecoder.starts(solved);
		List<JobShopOperation> operations = new ArrayList<>();
		for (DecodedMachine machine : solved.getMachines()) {
			for (StepToPlace step : machine.getSteps()) {
				if (starts[step.index] >= 0) {
					operations.add(new JobShopOperation(step.job, step.step, machine.getMachine(), starts[step.index],
							starts[step.index] + step.duration));
				}
			}
		}
		return answer(operations, solved.getScore().isFeasible());
	}

	private static Answer answer(List<JobShopOperation> operations, boolean feasible) {
		operations.sort(Comparator.comparingInt(JobShopOperation::job).thenComparingInt(JobShopOperation::operation));
		int makespan = operations.stream().mapToInt(JobShopOperation::end).max().orElse(0);
		return new Answer(makespan, operations, feasible);
	}

	/**
	 * The shadow-variable model, operations listed step by step across jobs so that the
	 * construction heuristic places a job's earlier step before its later ones.
	 */
	static JobShopPlan plan(JobShopInstance instance) {
		List<MachineSequence> machines = new ArrayList<>();
		for (int m = 0; m < instance.machines(); m++) {
			machines.add(new MachineSequence(m));
		}
		List<List<TimedOperation>> byJob = new ArrayList<>();
		for (int j = 0; j < instance.jobs().size(); j++) {
			List<Step> steps = instance.jobs().get(j);
			List<TimedOperation> job = new ArrayList<>();
			TimedOperation previous = null;
			for (int s = 0; s < steps.size(); s++) {
				TimedOperation op = new TimedOperation(j, s, steps.get(s).duration(), previous);
				machines.get(steps.get(s).machine()).getOwn().add(op);
				job.add(op);
				previous = op;
			}
			byJob.add(job);
		}
		return new JobShopPlan(machines, stepByStep(byJob));
	}

	/** The decoder model, steps listed step by step across jobs as above. */
	static DecodedPlan decodedPlan(JobShopInstance instance) {
		List<DecodedMachine> machines = new ArrayList<>();
		for (int m = 0; m < instance.machines(); m++) {
			machines.add(new DecodedMachine(m));
		}
		List<List<Step>> jobs = instance.jobs();
		List<List<int[]>> byJob = new ArrayList<>();
		for (int j = 0; j < jobs.size(); j++) {
			List<int[]> job = new ArrayList<>();
			for (int s = 0; s < jobs.get(j).size(); s++) {
				job.add(new int[] { j, s });
			}
			byJob.add(job);
		}
		List<StepToPlace> steps = new ArrayList<>();
		int[][] indexOf = new int[jobs.size()][];
		for (int j = 0; j < jobs.size(); j++) {
			indexOf[j] = new int[jobs.get(j).size()];
		}
		for (int[] js : stepByStep(byJob)) {
			indexOf[js[0]][js[1]] = steps.size();
			Step step = jobs.get(js[0]).get(js[1]);
			StepToPlace placed = new StepToPlace(steps.size(), js[0], js[1], step.machine(), step.duration(),
					(js[1] == 0) ? -1 : indexOf[js[0]][js[1] - 1]);
			steps.add(placed);
			machines.get(step.machine()).getOwn().add(placed);
		}
		return new DecodedPlan(machines, steps);
	}

	/** All jobs' first steps, then all second steps, and so on. */
	private static <T> List<T> stepByStep(List<List<T>> byJob) {
		List<T> ordered = new ArrayList<>();
		int longest = byJob.stream().mapToInt(List::size).max().orElse(0);
		for (int s = 0; s < longest; s++) {
			for (List<T> job : byJob) {
				if (s < job.size()) {
					ordered.add(job.get(s));
				}
			}
		}
		return ordered;
	}

}
