package io.kaiwu.maintenance.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;

import org.springframework.stereotype.Component;

/**
 * A refused form's reasons as the page shows them: one line per bad field above the form,
 * and each field's reason next to it. The reasons are the services' own, the same the
 * REST API answers.
 */
@Component
class Problems {

	private final ProblemDetails problems;

	Problems(ProblemDetails problems) {
		this.problems = problems;
	}

	List<String> lines(KaiwuProblem problem) {
		return this.problems.lines(problem);
	}

	/**
	 * Each bad field's reasons (several joined), by field name; empty for other refusals.
	 */
	Map<String, String> byField(KaiwuProblem problem) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (problem instanceof KaiwuProblem.InvalidInput invalid) {
			invalid.errors()
				.forEach((e) -> fields.merge(e.field(), this.problems.message(e.messageKey(), e.args()),
						(a, b) -> a + " " + b));
		}
		return fields;
	}

}
