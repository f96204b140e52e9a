package io.kaiwu.benchmarks.timefold;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;

/**
 * The processing order on one machine: the planning list holds only the operations that
 * run on this machine (an entity value range), so every move keeps the routing's machine.
 */
@PlanningEntity
public class MachineSequence {

	@PlanningId
	private int machine;

	private List<TimedOperation> own = new ArrayList<>();

	@PlanningListVariable(valueRangeProviderRefs = "own")
	private List<TimedOperation> operations = new ArrayList<>();

	public MachineSequence() {
	}

	MachineSequence(int machine) {
		this.machine = machine;
	}

	@ValueRangeProvider(id = "own")
	public List<TimedOperation> getOwn() {
		return this.own;
	}

	public List<TimedOperation> getOperations() {
		return this.operations;
	}

	public int getMachine() {
		return this.machine;
	}

}
