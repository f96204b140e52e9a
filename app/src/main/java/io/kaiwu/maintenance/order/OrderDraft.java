package io.kaiwu.maintenance.order;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A new order as a user (or a plan) enters it; checked by {@link OrderChecks}. With an
 * {@code alarmId} the kind defaults to CORRECTIVE, the title to the alarm's text and the
 * machine to the one on the alarm's device.
 *
 * @param kind PREVENTIVE, CORRECTIVE or PREDICTIVE
 * @param priority LOW, NORMAL (default), HIGH or URGENT
 * @param plannedStart ISO-8601 instant, e.g. {@code 2026-03-01T08:00:00Z}
 * @param plannedEnd ISO-8601 instant, after the start
 * @param suppressAlarms suppress the machine's device alarms from planned start to end
 * @param checklist the steps, in order
 */
public record OrderDraft(@Nullable String kind, @Nullable UUID equipmentId, @Nullable String title,
		@Nullable String description, @Nullable String priority, @Nullable String assignee,
		@Nullable String plannedStart, @Nullable String plannedEnd, @Nullable Boolean suppressAlarms,
		@Nullable Boolean breakdown, @Nullable UUID alarmId, @Nullable List<String> checklist) {
}
