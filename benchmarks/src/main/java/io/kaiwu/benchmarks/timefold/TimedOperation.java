package io.kaiwu.benchmarks.timefold;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowSources;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowVariablesInconsistent;

/**
 * One step of a job on its machine. Timefold decides only the order on each machine; the
 * end time follows as a declarative shadow variable: the step starts when both the step
 * before it on the machine and the step before it in the job are done (a semi-active
 * schedule). An order that makes the two chains wait on each other in a cycle leaves the
 * end undefined and the operation inconsistent, which the hard score punishes.
 */
@PlanningEntity
public class TimedOperation {

	@PlanningId
	private String id;

	private int job;

	private int step;

	private int duration;

	/** The step before this one in its job, or null for the job's first step. */
	private TimedOperation previousInJob;

	@InverseRelationShadowVariable(sourceVariableName = "operations")
	private MachineSequence machine;

	@PreviousElementShadowVariable(sourceVariableName = "operations")
	private TimedOperation previousOnMachine;

	@ShadowVariable(supplierName = "endSupplier")
	private Integer end;

	@ShadowVariablesInconsistent
	private boolean inconsistent;

	public TimedOperation() {
	}

	TimedOperation(int job, int step, int duration, TimedOperation previousInJob) {
		this.id = job + "." + step;
		this.job = job;
		this.step = step;
		this.duration = duration;
		this.previousInJob = previousInJob;
	}

	@ShadowSources({ "machine", "previousOnMachine.end", "previousInJob.end" })
	public Integer endSupplier() {
		if (this.machine == null) {
			return null;
		}
		int start = 0;
		if (this.previousOnMachine != null) {
			if (this.previousOnMachine.end == null) {
				return null;
			}
			start = this.previousOnMachine.end;
		}
		if (this.previousInJob != null) {
			if (this.previousInJob.end == null) {
				return null;
			}
			start = Math.max(start, this.previousInJob.end);
		}
		return start + this.duration;
	}

	public String getId() {
		return this.id;
	}

	public int getJob() {
		return this.job;
	}

	public int getStep() {
		return this.step;
	}

	public int getDuration() {
		return this.duration;
	}

	public MachineSequence getMachine() {
		return this.machine;
	}

	public Integer getEnd() {
		return this.end;
	}

	public boolean isInconsistent() {
		return this.inconsistent;
	}

	@Override
	public String toString() {
		return this.id;
	}

}
