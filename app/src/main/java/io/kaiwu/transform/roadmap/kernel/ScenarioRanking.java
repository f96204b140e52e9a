package io.kaiwu.transform.roadmap.kernel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ranks the scenarios an enterprise may take up and cuts them into phases the way the
 * guide asks (由点及面、由浅及深、由易及难): the best-scoring scenario whose prerequisites are met goes
 * first; a scenario starts the phase after the last of its planned prerequisites, and no
 * phase takes on more than the approach allows. Scenarios already live are not planned
 * again.
 */
public final class ScenarioRanking {

	private ScenarioRanking() {
	}

	/** A candidate's score under an approach. */
	public static double score(Candidate c, Approach approach) {
		Approach.Weights w = approach.weights();
		double score = w.value() * c.value() + w.feasibility() * c.feasibility() + w.gap() * c.gap()
				+ (c.painPoint() ? w.painPoint() : 0);
		if (approach.favouredCategories().contains(c.category())) {
			score += approach.favouredBonus();
		}
		return score;
	}

	/** The roadmap's scenarios in the order they are taken up. */
	public static List<RankedScenario> plan(List<Candidate> candidates, Approach approach) {
		Set<String> live = candidates.stream().filter(Candidate::live).map(Candidate::code).collect(Collectors.toSet());
		Map<String, Candidate> open = new LinkedHashMap<>();
		candidates.stream()
			.filter((c) -> !c.live())
			.sorted(Comparator.comparingDouble((Candidate c) -> -score(c, approach)).thenComparing(Candidate::code))
			.forEach((c) -> open.put(c.code(), c));
		Map<String, Integer> phaseOf = new HashMap<>();
		Map<Integer, Integer> load = new HashMap<>();
		List<RankedScenario> plan = new ArrayList<>();
		while (!open.isEmpty()) {
			Candidate next = open.values()
				.stream()
				.filter((c) -> c.prerequisites().stream().allMatch((p) -> live.contains(p) || !open.containsKey(p)))
				.findFirst()
				// prerequisites that wait on each other: take the best and say what it
				// waits for
				.orElse(open.values().iterator().next());
			open.remove(next.code());
			List<String> after = next.prerequisites().stream().filter(phaseOf::containsKey).sorted().toList();
			int phase = after.stream().mapToInt(phaseOf::get).max().orElse(0) + 1;
			while (load.getOrDefault(phase, 0) >= approach.scenariosPerPhase()) {
				phase++;
			}
			load.merge(phase, 1, Integer::sum);
			List<String> unplanned = next.prerequisites()
				.stream()
				.filter((p) -> !live.contains(p) && !phaseOf.containsKey(p))
				.sorted()
				.toList();
			phaseOf.put(next.code(), phase);
			plan.add(new RankedScenario(next.code(), score(next, approach), phase, after, unplanned));
		}
		plan.sort(Comparator.comparingInt(RankedScenario::phase)
			.thenComparing(Comparator.comparingDouble(RankedScenario::score).reversed()));
		return plan;
	}

}
