package io.kaiwu.benchmarks.timefold;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;

/** A job-shop instance as Timefold's planning solution: machines and their operations. */
@PlanningSolution
public class JobShopPlan {

	@PlanningEntityCollectionProperty
	private List<MachineSequence> machines = new ArrayList<>();

	@PlanningEntityCollectionProperty
	@ValueRangeProvider
	private List<TimedOperation> operations = new ArrayList<>();

	@PlanningScore
	private HardSoftScore score;

	public JobShopPlan() {
	}

	JobShopPlan(List<MachineSequence> machines, List<TimedOperation> operations) {
		this.machines = machines;
		this.operations = operations;
	}

	public List<MachineSequence> getMachines() {
		return this.machines;
	}

	public List<TimedOperation> getOperations() {
		return this.operations;
	}

	public HardSoftScore getScore() {
		return this.score;
	}

}
