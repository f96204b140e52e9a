package io.kaiwu.production.schedule.jobshop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.kaiwu.production.schedule.jobshop.JobShopInstance.Step;
import io.kaiwu.production.schedule.solver.ApsSolver;
import io.kaiwu.production.schedule.solver.Job;
import io.kaiwu.production.schedule.solver.Objective;
import io.kaiwu.production.schedule.solver.Operation;
import io.kaiwu.production.schedule.solver.Resource;
import io.kaiwu.production.schedule.solver.Schedule;
import io.kaiwu.production.schedule.solver.ScheduledOperation;
import io.kaiwu.production.schedule.solver.SchedulingProblem;

/**
 * Solves a job-shop instance with the APS engine: each job becomes a job without a due
 * date, each step an operation on machine {@code m<k>}, and the objective is the makespan
 * alone.
 */
public final class JobShopSolver {

	private final ApsSolver engine;

	public JobShopSolver(ApsSolver engine) {
		this.engine = engine;
	}

	/** The answer: makespan and every operation, sorted by job and step. */
	public record Answer(int makespan, List<JobShopOperation> operations, boolean optimal) {
	}

	public Answer solve(JobShopInstance instance, Duration timeLimit, int workers) {
		Schedule schedule = this.engine.solve(problem(instance, timeLimit, workers));
		List<JobShopOperation> operations = new ArrayList<>();
		for (ScheduledOperation op : schedule.operations()) {
			String[] index = op.operation().split("\\.");
			operations.add(new JobShopOperation(Integer.parseInt(index[0]), Integer.parseInt(index[1]),
					Integer.parseInt(op.resource().substring(1)), op.start(), op.end()));
		}
		operations.sort(Comparator.comparingInt(JobShopOperation::job).thenComparingInt(JobShopOperation::operation));
		return new Answer(schedule.kpis().makespan(), operations,
				schedule.status() == io.kaiwu.production.schedule.solver.SolveStatus.OPTIMAL);
	}

	/** The instance as an APS problem: operation {@code j.o}, resource {@code m<k>}. */
	public static SchedulingProblem problem(JobShopInstance instance, Duration timeLimit, int workers) {
		List<Resource> machines = new ArrayList<>();
		for (int m = 0; m < instance.machines(); m++) {
			machines.add(Resource.of("m" + m));
		}
		List<Job> jobs = new ArrayList<>();
		for (int j = 0; j < instance.jobs().size(); j++) {
			List<Operation> operations = new ArrayList<>();
			List<Step> steps = instance.jobs().get(j);
			for (int o = 0; o < steps.size(); o++) {
				operations.add(Operation.on(j + "." + o, "m" + steps.get(o).machine(), steps.get(o).duration()));
			}
			jobs.add(new Job(String.valueOf(j), "", 0, 0, 0, 1, operations));
		}
		return SchedulingProblem.of(jobs, machines, new Objective(1, 0, Map.of(), 0, 0), timeLimit, workers);
	}

}
