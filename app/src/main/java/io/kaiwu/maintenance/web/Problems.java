package io.kaiwu.maintenance.web;

import java.util.List;

import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;

import org.springframework.stereotype.Component;

/** A refused form's reasons as the page shows them, one line per bad field. */
@Component
class Problems {

	private final ProblemDetails problems;

	Problems(ProblemDetails problems) {
		this.problems = problems;
	}

	List<String> lines(KaiwuProblem problem) {
		if (problem instanceof KaiwuProblem.InvalidInput invalid) {
			return invalid.errors()
				.stream()
				.map((e) -> e.field() + ": " + this.problems.message(e.messageKey(), e.args()))
				.toList();
		}
		return List.of(this.problems.message(problem.messageKey(), problem.args()));
	}

}
