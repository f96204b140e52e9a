package io.kaiwu.transform.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One results evaluation (成效评估) of a period.
 *
 * @param baselineId the earlier evaluation this one is compared with, if any.
 */
public record Evaluation(UUID id, TenantId tenant, String name, LocalDate periodFrom, LocalDate periodTo,
		@Nullable UUID baselineId, Instant createdAt, String createdBy) {
}
