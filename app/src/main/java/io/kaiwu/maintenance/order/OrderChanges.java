package io.kaiwu.maintenance.order;

import org.jspecify.annotations.Nullable;

/**
 * What may change on an open order: everything but its kind, machine and origin. Fields
 * as in {@link OrderDraft}.
 */
public record OrderChanges(@Nullable String title, @Nullable String description, @Nullable String priority,
		@Nullable String assignee, @Nullable String plannedStart, @Nullable String plannedEnd,
		@Nullable Boolean suppressAlarms, @Nullable Boolean breakdown) {
}
