package io.kaiwu.benchmarks.timefold;

import java.util.Arrays;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.calculator.EasyScoreCalculator;

/**
 * Scores machine orders by decoding them into the semi-active schedule: every placed step
 * starts as soon as the step before it in its job and the one before it on its machine
 * are done, worked out in topological order (Kahn). Steps left over sit on a cycle of
 * waits: one hard point each. Soft: the makespan. Steps not placed yet (during
 * construction) are left out, and so is a wait on one of them.
 */
public class SemiActiveDecoder implements EasyScoreCalculator<DecodedPlan, HardSoftScore> {

	static final int NOT_PLACED = -1;

	static final int IN_CYCLE = -2;

	@Override
	public HardSoftScore calculateScore(DecodedPlan plan) {
		int[] starts = starts(plan);
		int makespan = 0;
		int waitingInCycles = 0;
		for (StepToPlace step : plan.getSteps()) {
			int start = starts[step.index];
			if (start >= 0) {
				makespan = Math.max(makespan, start + step.duration);
			}
			else if (start == IN_CYCLE) {
				waitingInCycles++;
			}
		}
		return HardSoftScore.of(-waitingInCycles, -makespan);
	}

	/**
	 * Every step's start in the semi-active schedule; {@link #NOT_PLACED} or
	 * {@link #IN_CYCLE} where there is none.
	 */
	static int[] starts(DecodedPlan plan) {
		int n = plan.getSteps().size();
		int[] machineSuccessor = new int[n];
		boolean[] placed = new boolean[n];
		Arrays.fill(machineSuccessor, -1);
		int[] waits = new int[n];
		for (DecodedMachine machine : plan.getMachines()) {
			StepToPlace before = null;
			for (StepToPlace step : machine.getSteps()) {
				placed[step.index] = true;
				if (before != null) {
					machineSuccessor[before.index] = step.index;
					waits[step.index]++;
				}
				before = step;
			}
		}
		int[] jobSuccessor = new int[n];
		Arrays.fill(jobSuccessor, -1);
		for (StepToPlace step : plan.getSteps()) {
			if (placed[step.index] && step.previousInJob >= 0 && placed[step.previousInJob]) {
				jobSuccessor[step.previousInJob] = step.index;
				waits[step.index]++;
			}
		}
		int[] ready = new int[n];
		int[] start = new int[n];
		int readyCount = 0;
		for (int i = 0; i < n; i++) {
			if (placed[i]) {
				if (waits[i] == 0) {
					ready[readyCount++] = i;
				}
			}
		}
		boolean[] decoded = new boolean[n];
		for (int head = 0; head < readyCount; head++) {
			int i = ready[head];
			decoded[i] = true;
			int end = start[i] + plan.getSteps().get(i).duration;
			for (int next : new int[] { machineSuccessor[i], jobSuccessor[i] }) {
				if (next >= 0) {
					start[next] = Math.max(start[next], end);
					if (--waits[next] == 0) {
						ready[readyCount++] = next;
					}
				}
			}
		}
		for (int i = 0; i < n; i++) {
			if (!placed[i]) {
				start[i] = NOT_PLACED;
			}
			else if (!decoded[i]) {
				start[i] = IN_CYCLE;
			}
		}
		return start;
	}

}
