package io.kaiwu.benchmarks.timefold;

/**
 * One step of a job in the decoder model: a plain value that Timefold puts into a
 * machine's order; the start time is worked out by the score calculator.
 */
public final class StepToPlace {

	final int index;

	final int job;

	final int step;

	final int machine;

	final int duration;

	/** Index of the step before this one in its job, or -1 for the job's first step. */
	final int previousInJob;

	StepToPlace(int index, int job, int step, int machine, int duration, int previousInJob) {
		this.index = index;
		this.job = job;
		this.step = step;
		this.machine = machine;
		this.duration = duration;
		this.previousInJob = previousInJob;
	}

	@Override
	public String toString() {
		return this.job + "." + this.step;
	}

}
