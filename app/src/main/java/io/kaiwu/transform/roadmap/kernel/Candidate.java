package io.kaiwu.transform.roadmap.kernel;

import java.util.Set;

/**
 * A scenario the roadmap may take up, as the atlas and the assessment see it.
 *
 * @param code the scenario's code in the atlas.
 * @param category the scenario's category code in the atlas, for example {@code SC}.
 * @param value how much it is worth to this enterprise, 0 to 1 (its value tags against
 * what the enterprise wants).
 * @param feasibility how ready the enterprise is for it, 0 to 1 (what it already has of
 * the four lists and of the platform).
 * @param gap how much of the assessment's gap to the next grade it closes, 0 to 1.
 * @param painPoint whether it relieves a pain point the user picked.
 * @param prerequisites codes of scenarios that should come before it (the atlas's data,
 * tool and model chains).
 * @param live whether the tenant already runs it on live data.
 */
public record Candidate(String code, String category, double value, double feasibility, double gap, boolean painPoint,
		Set<String> prerequisites, boolean live) {

	public Candidate {
		prerequisites = Set.copyOf(prerequisites);
		for (double share : new double[] { value, feasibility, gap }) {
			if (!(share >= 0 && share <= 1)) {
				throw new IllegalArgumentException(code + ": value, feasibility and gap lie in 0–1, got " + share);
			}
		}
	}

}
