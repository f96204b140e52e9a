package io.kaiwu.transform.atlas;

import java.util.List;

import io.kaiwu.shared.ScenarioCoverage;

/**
 * A scenario's coverage for one tenant, combined from what every module serving it
 * reports: the furthest state any of them reached.
 *
 * @param state the combined state.
 * @param reasonKey message key of why, with {@code reasonArgs}: the reason of the module
 * that reached the state, or that no module serves the scenario yet.
 * @param reasonArgs arguments of the reason.
 * @param sources what each module reported, furthest first.
 */
public record Coverage(ScenarioCoverage.State state, String reasonKey, List<String> reasonArgs,
		List<ScenarioCoverage> sources) {

	public Coverage {
		reasonArgs = List.copyOf(reasonArgs);
		sources = List.copyOf(sources);
	}

}
