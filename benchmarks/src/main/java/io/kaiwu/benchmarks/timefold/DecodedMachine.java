package io.kaiwu.benchmarks.timefold;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;

/** The processing order on one machine in the decoder model, only its own steps. */
@PlanningEntity
public class DecodedMachine {

	@PlanningId
	private int machine;

	private List<StepToPlace> own = new ArrayList<>();

	@PlanningListVariable(valueRangeProviderRefs = "ownSteps")
	private List<StepToPlace> steps = new ArrayList<>();

	public DecodedMachine() {
	}

	DecodedMachine(int machine) {
		this.machine = machine;
	}

	@ValueRangeProvider(id = "ownSteps")
	public List<StepToPlace> getOwn() {
		return this.own;
	}

	public List<StepToPlace> getSteps() {
		return this.steps;
	}

	public int getMachine() {
		return this.machine;
	}

}
