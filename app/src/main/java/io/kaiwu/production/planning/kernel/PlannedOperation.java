package io.kaiwu.production.planning.kernel;

import java.time.Instant;
import java.util.UUID;

/**
 * Where and when a work order runs in a schedule.
 *
 * @param productionOrderId the production order
 * @param workOrderId the work order (one operation)
 * @param resourceId the resource it runs on
 * @param start when processing starts
 * @param end when it ends
 * @param setupMinutes the changeover (换型) on the resource just before it
 */
public record PlannedOperation(UUID productionOrderId, UUID workOrderId, UUID resourceId, Instant start, Instant end,
		int setupMinutes) {
}
