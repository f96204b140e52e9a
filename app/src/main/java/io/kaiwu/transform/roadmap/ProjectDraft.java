package io.kaiwu.transform.roadmap;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A project as a user enters it; checked by {@link PlanningRoadmaps}. */
public record ProjectDraft(@Nullable String name, @Nullable Integer phase, @Nullable List<String> scenarios,
		@Nullable Double investment, @Nullable List<Double> netBenefits, @Nullable Map<String, Double> kpiEffects,
		@Nullable List<String> risks, @Nullable String assumptions) {
}
