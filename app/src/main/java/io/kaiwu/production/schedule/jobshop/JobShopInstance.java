package io.kaiwu.production.schedule.jobshop;

import java.util.List;

/**
 * A job-shop instance: every job visits machines in its own order, one operation per
 * step.
 *
 * @param machines number of machines, numbered from 0.
 * @param jobs per job, its steps in route order.
 */
public record JobShopInstance(int machines, List<List<Step>> jobs) {

	public JobShopInstance {
		jobs = jobs.stream().map(List::copyOf).toList();
	}

	/**
	 * One step of a job.
	 *
	 * @param machine the machine, from 0.
	 * @param duration processing time.
	 */
	public record Step(int machine, int duration) {
	}

	public int operationCount() {
		return this.jobs.stream().mapToInt(List::size).sum();
	}

}
