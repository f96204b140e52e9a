package io.kaiwu.maintenance.order;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One step of an order's checklist.
 *
 * @param doneBy who ticked it; {@literal null} while not done
 * @param doneAt when it was ticked; {@literal null} while not done
 */
public record ChecklistItem(UUID id, int position, String text, boolean done, @Nullable String doneBy,
		@Nullable Instant doneAt) {
}
