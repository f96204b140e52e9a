package io.kaiwu.production.schedule.solver;

import java.util.Map;

/**
 * The weights inside each level of the lexicographic objective. The levels are strict: no
 * amount of a later level buys a minute of an earlier one.
 * <ol>
 * <li>weighted tardiness: each job's minutes late times its weight and priority;</li>
 * <li>{@code makespanWeight} times the makespan plus {@code completionWeight} times the
 * sum of the jobs' completion times;</li>
 * <li>setup minutes, each resource's times its weight in {@code setupWeights} (1 when
 * missing);</li>
 * <li>only with a previous schedule: disruption, {@code movedWeight} per operation whose
 * resource or start changed plus {@code shiftWeight} per minute its start moved.</li>
 * </ol>
 *
 * @param makespanWeight weight of the makespan in level 2.
 * @param completionWeight weight of the total completion time in level 2.
 * @param setupWeights per resource id, weight of its setup minutes in level 3.
 * @param movedWeight weight per moved operation in level 4 (0 with 0 shift weight turns
 * the level off).
 * @param shiftWeight weight per minute of start shift in level 4.
 */
public record Objective(int makespanWeight, int completionWeight, Map<String, Integer> setupWeights, int movedWeight,
		int shiftWeight) {

	public Objective {
		setupWeights = Map.copyOf(setupWeights);
		if (makespanWeight < 0 || completionWeight < 0 || movedWeight < 0 || shiftWeight < 0
				|| setupWeights.values().stream().anyMatch((w) -> w < 0)) {
			throw new IllegalArgumentException("Objective weights may not be negative");
		}
	}

	/** Makespan in level 2, every setup minute alike, one point per moved operation. */
	public static Objective standard() {
		return new Objective(1, 0, Map.of(), 1, 0);
	}

	int setupWeight(String resource) {
		return this.setupWeights.getOrDefault(resource, 1);
	}

}
