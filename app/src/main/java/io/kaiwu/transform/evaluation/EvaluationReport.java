package io.kaiwu.transform.evaluation;

import java.util.List;

import io.kaiwu.transform.evaluation.kernel.Change;
import io.kaiwu.transform.evaluation.kernel.Kpi;
import org.jspecify.annotations.Nullable;

/**
 * Baseline versus current for every KPI of the catalogue.
 *
 * @param baseline the evaluation compared with, if any.
 * @param rows one per KPI of the catalogue, in the catalogue's order.
 * @param susResponses how many System Usability Scale questionnaires were answered.
 */
public record EvaluationReport(Evaluation evaluation, @Nullable Evaluation baseline, List<Row> rows, int susResponses) {

	/**
	 * One KPI: its current and baseline values, and the change when both exist.
	 */
	public record Row(Kpi kpi, @Nullable KpiValue current, @Nullable KpiValue baseline, @Nullable Change change) {
	}

}
