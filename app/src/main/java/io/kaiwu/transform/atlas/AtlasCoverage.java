package io.kaiwu.transform.atlas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.shared.ScenarioCoverage;
import io.kaiwu.shared.TenantId;
import io.kaiwu.shared.TransformationEvidence;
import io.kaiwu.transform.evidence.PlatformFacts;

import org.springframework.stereotype.Component;

/**
 * Asks every module that contributes {@link TransformationEvidence} what it knows about a
 * tenant: the coverage of the atlas scenarios (derived from the platform, never typed in)
 * and the measured facts. A scenario no module reports on is not started, because the
 * module that would serve it is not available yet.
 */
@Component
public class AtlasCoverage {

	/** Reason of a scenario whose module is not built yet; argument: the module. */
	static final String MODULE_MISSING = "atlas.coverage.module-missing";

	private final PlatformFacts facts;

	AtlasCoverage(PlatformFacts facts) {
		this.facts = facts;
	}

	/**
	 * The coverage of each scenario of the pack for the tenant.
	 * @return by scenario code, in the pack's order.
	 */
	public Map<String, Coverage> of(TenantId tenant, AtlasPack pack) {
		Map<String, List<ScenarioCoverage>> reported = new HashMap<>();
		this.facts.coverage(tenant)
			.forEach((c) -> reported.computeIfAbsent(c.scenarioCode(), (k) -> new ArrayList<>()).add(c));
		Map<String, Coverage> coverage = new LinkedHashMap<>();
		for (Scenario scenario : pack.scenarios()) {
			coverage.put(scenario.code(), combined(scenario, reported.getOrDefault(scenario.code(), List.of())));
		}
		return coverage;
	}

	/** Every fact the modules measured for the tenant, by key. */
	public List<EvidenceFact> facts(TenantId tenant) {
		return this.facts.of(tenant).values().stream().sorted(Comparator.comparing(EvidenceFact::key)).toList();
	}

	static Coverage combined(Scenario scenario, List<ScenarioCoverage> reported) {
		if (reported.isEmpty()) {
			return new Coverage(ScenarioCoverage.State.NOT_STARTED, MODULE_MISSING, List.of(scenario.module()),
					List.of());
		}
		List<ScenarioCoverage> sorted = reported.stream()
			.sorted(Comparator.comparing(ScenarioCoverage::state).reversed().thenComparing(ScenarioCoverage::module))
			.toList();
		ScenarioCoverage furthest = sorted.get(0);
		return new Coverage(furthest.state(), furthest.reasonKey(), furthest.reasonArgs(), sorted);
	}

}
