package io.kaiwu.transform.roadmap;

import java.util.List;

/**
 * A scenario on a roadmap.
 *
 * @param waitsFor planned scenarios it comes after.
 * @param unplanned prerequisites neither live nor planned before it.
 */
public record PlannedScenario(String code, int phase, double score, List<String> waitsFor, List<String> unplanned) {

	public PlannedScenario {
		waitsFor = List.copyOf(waitsFor);
		unplanned = List.copyOf(unplanned);
	}

}
