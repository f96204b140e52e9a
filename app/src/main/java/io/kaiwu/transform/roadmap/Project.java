package io.kaiwu.transform.roadmap;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.transform.roadmap.kernel.ProjectCashFlow;

/**
 * A transformation project (项目) of a roadmap.
 *
 * @param scenarios the atlas scenarios it carries out.
 * @param investment spent up front.
 * @param netBenefits net benefit in each year after.
 * @param kpiEffects the KPI codes of results evaluation with the change expected, in the
 * KPI's unit (for example {@code oee} → 5 for five points more).
 * @param risks one line per risk.
 * @param assumptions what the figures rest on, in the user's words.
 */
public record Project(UUID id, UUID roadmapId, String name, int phase, List<String> scenarios, double investment,
		List<Double> netBenefits, Map<String, Double> kpiEffects, List<String> risks, String assumptions) {

	public Project {
		scenarios = List.copyOf(scenarios);
		netBenefits = List.copyOf(netBenefits);
		kpiEffects = Map.copyOf(kpiEffects);
		risks = List.copyOf(risks);
	}

	public ProjectCashFlow cashFlow() {
		return new ProjectCashFlow(this.investment, this.netBenefits);
	}

}
