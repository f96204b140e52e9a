package io.kaiwu.production.schedule.solver;

import java.util.List;

/**
 * One production order to schedule: its operations in routing order.
 *
 * @param id the order's id.
 * @param family product family, for sequence-dependent setups.
 * @param release earliest start of its first operation (material available).
 * @param due due date; finishing later is tardiness.
 * @param weight tardiness weight per minute late (0: due date ignored).
 * @param priority a larger number is more urgent; it multiplies the weight (1 = normal).
 * @param operations the chain, first to last.
 */
public record Job(String id, String family, int release, int due, int weight, int priority,
		List<Operation> operations) {

	public Job {
		operations = List.copyOf(operations);
		if (weight < 0 || priority < 1) {
			throw new IllegalArgumentException("Job " + id + " needs weight >= 0 and priority >= 1");
		}
	}

	/** A job with weight 1 and normal priority. */
	public static Job of(String id, String family, int release, int due, List<Operation> operations) {
		return new Job(id, family, release, due, 1, 1, operations);
	}

	/** Tardiness weight per minute: weight times priority. */
	int tardinessWeight() {
		return this.weight * this.priority;
	}

}
