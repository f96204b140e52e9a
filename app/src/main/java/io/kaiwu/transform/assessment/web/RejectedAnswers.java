package io.kaiwu.transform.assessment.web;

import java.util.List;
import java.util.Map;

import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.transform.scoring.ModelProblem;
import io.kaiwu.transform.scoring.ModelRejected;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A refused model file or refused answers as the API answers them: 422 with every
 * problem, each with the file (or model), the path inside it and what is wrong in the
 * reader's language. The controllers call it from their own exception handlers, which
 * come before the application-wide advice.
 */
@Component
class RejectedAnswers {

	private final ProblemDetails problems;

	RejectedAnswers(ProblemDetails problems) {
		this.problems = problems;
	}

	ResponseEntity<ProblemDetail> response(ModelRejected rejected) {
		ProblemDetail body = this.problems.of(422, "model-rejected", "assessment.problem.rejected",
				rejected.problems().size());
		body.setProperty("errors", lines(rejected.problems()));
		return ResponseEntity.status(422).body(body);
	}

	List<Map<String, String>> lines(List<ModelProblem> list) {
		return list.stream()
			.map((p) -> Map.of("file", p.file(), "path", p.path(), "kind", p.kind().name(), "message",
					this.problems.message(p.kind().messageKey(), p.args().toArray())))
			.toList();
	}

	/** One line per problem, for a page. */
	List<String> texts(List<ModelProblem> list) {
		return lines(list).stream()
			.map((l) -> l.get("file") + ": " + (l.get("path").isEmpty() ? "" : l.get("path") + ": ") + l.get("message"))
			.toList();
	}

}
