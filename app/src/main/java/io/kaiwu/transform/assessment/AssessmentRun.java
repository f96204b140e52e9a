package io.kaiwu.transform.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One self-assessment (自评估) of a tenant against one model version.
 *
 * @param total the total at submission, {@literal null} while open.
 * @param grade the grade of the model's first grade table at submission, {@literal null}
 * while open or when no grade was reached.
 */
public record AssessmentRun(UUID id, String modelCode, String modelVersion, String title, RunStatus status,
		String startedBy, Instant startedAt, @Nullable String submittedBy, @Nullable Instant submittedAt,
		@Nullable BigDecimal total, @Nullable String grade) {
}
