package io.kaiwu.transform.roadmap.kernel;

import java.util.List;

/**
 * A scenario placed on the roadmap.
 *
 * @param score its weighted score, higher first.
 * @param phase the phase it starts in, from 1.
 * @param after the planned scenarios it waits for.
 * @param unplannedPrerequisites prerequisites neither live nor planned before it: outside
 * the candidates, or waiting on it in turn; the plan says so rather than hide it.
 */
public record RankedScenario(String code, double score, int phase, List<String> after,
		List<String> unplannedPrerequisites) {

	public RankedScenario {
		after = List.copyOf(after);
		unplannedPrerequisites = List.copyOf(unplannedPrerequisites);
	}

}
