package io.kaiwu.transform.evaluation;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What a user gives to start an evaluation; checked by {@link EvaluatingResults}. */
public record EvaluationDraft(@Nullable String name, @Nullable LocalDate periodFrom, @Nullable LocalDate periodTo,
		@Nullable UUID baselineId) {
}
