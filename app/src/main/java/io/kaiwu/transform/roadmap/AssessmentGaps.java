package io.kaiwu.transform.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.assessment.AssessmentRun;
import io.kaiwu.transform.assessment.AssessmentRuns;
import io.kaiwu.transform.assessment.RunStatus;
import io.kaiwu.transform.atlas.AtlasPack;
import io.kaiwu.transform.atlas.ScenarioAtlas;
import io.kaiwu.transform.scoring.ScoreCard;
import org.yaml.snakeyaml.Yaml;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The gap of the tenant's newest submitted assessment, as a weight per atlas scenario:
 * each item the next grade needs raised adds (levels to raise ÷ 4) to the scenarios that
 * raise it, fully for a constrained item and half for a guiding one, at most 1. Which
 * scenarios raise which item is data
 * ({@code transform/roadmap/assessment-scenarios.yaml}).
 */
@Component
class AssessmentGaps {

	static final String MAPPING = "transform/roadmap/assessment-scenarios.yaml";

	private final AssessmentRuns runs;

	/** Model code → item code → atlas scenario codes. */
	private final Map<String, Map<String, List<String>>> mapping;

	AssessmentGaps(AssessmentRuns runs, ScenarioAtlas atlas) {
		this.runs = runs;
		this.mapping = read(atlas.pack(ScenarioAtlas.GENERAL).orElseThrow());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, List<String>>> read(AtlasPack general) {
		try (InputStream in = new ClassPathResource(MAPPING).getInputStream()) {
			Map<String, Map<String, List<String>>> mapping = new Yaml().load(in);
			List<String> problems = new ArrayList<>();
			mapping.forEach((model, items) -> items.forEach((item, codes) -> codes.forEach((code) -> {
				if (general.scenario(code).isEmpty()) {
					problems.add(MAPPING + ": " + model + "." + item + ": no atlas scenario " + code);
				}
			})));
			if (!problems.isEmpty()) {
				throw new IllegalStateException(String.join("\n", problems));
			}
			return mapping;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + MAPPING, ex);
		}
	}

	/**
	 * Weight per atlas scenario code; empty when no submitted assessment of a mapped
	 * model exists.
	 */
	Map<String, Double> of(TenantId tenant) {
		AssessmentRun newest = this.runs.list(tenant, null)
			.stream()
			.filter((r) -> r.status() == RunStatus.SUBMITTED && this.mapping.containsKey(r.modelCode()))
			.findFirst()
			.orElse(null);
		if (newest == null) {
			return Map.of();
		}
		Map<String, List<String>> items = this.mapping.get(newest.modelCode());
		ScoreCard card = this.runs.result(tenant, newest.id());
		Map<String, Double> weights = new HashMap<>();
		card.grades()
			.stream()
			.filter((g) -> g.gap() != null)
			.findFirst()
			.ifPresent((grade) -> grade.gap().items().forEach((raise) -> {
				double weight = (raise.to() - raise.from()) / 4.0 * (raise.constrained() ? 1 : 0.5);
				for (String code : items.getOrDefault(raise.code(), List.of())) {
					weights.merge(code, weight, (a, b) -> Math.min(1, a + b));
				}
			}));
		weights.replaceAll((code, w) -> Math.min(1, w));
		return weights;
	}

}
