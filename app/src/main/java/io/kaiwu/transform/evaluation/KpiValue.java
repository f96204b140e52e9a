package io.kaiwu.transform.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.transform.evaluation.kernel.Kpi;

/**
 * A KPI's value in one evaluation with the inputs it was computed from.
 *
 * @param evidence the platform facts behind a {@link ValueSource#PLATFORM} value; empty
 * otherwise.
 */
public record KpiValue(Kpi kpi, double value, ValueSource source, Map<String, Double> inputs,
		List<EvidenceFact> evidence, Instant recordedAt, String recordedBy) {

	public KpiValue {
		inputs = Map.copyOf(inputs);
		evidence = List.copyOf(evidence);
	}

}
