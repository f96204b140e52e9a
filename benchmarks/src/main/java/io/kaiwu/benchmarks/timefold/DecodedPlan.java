package io.kaiwu.benchmarks.timefold;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;

/** The decoder model's planning solution: machine orders over plain steps. */
@PlanningSolution
public class DecodedPlan {

	@PlanningEntityCollectionProperty
	private List<DecodedMachine> machines = new ArrayList<>();

	@ProblemFactCollectionProperty
	@ValueRangeProvider
	private List<StepToPlace> steps = new ArrayList<>();

	@PlanningScore
	private HardSoftScore score;

	public DecodedPlan() {
	}

	DecodedPlan(List<DecodedMachine> machines, List<StepToPlace> steps) {
		this.machines = machines;
		this.steps = steps;
	}

	public List<DecodedMachine> getMachines() {
		return this.machines;
	}

	public List<StepToPlace> getSteps() {
		return this.steps;
	}

	public HardSoftScore getScore() {
		return this.score;
	}

}
