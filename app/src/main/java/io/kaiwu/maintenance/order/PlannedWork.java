package io.kaiwu.maintenance.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A preventive order a due plan asks for.
 *
 * @param planId the plan
 * @param plannedStart the due moment
 * @param plannedEnd the end of its maintenance window; {@literal null} when it has none
 */
public record PlannedWork(UUID planId, UUID equipmentId, String title, @Nullable String description,
		OrderPriority priority, @Nullable String assignee, Instant plannedStart, @Nullable Instant plannedEnd,
		boolean suppressAlarms, List<String> checklist) {
}
