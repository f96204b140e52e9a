package io.kaiwu.maintenance.plan;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A plan as a user enters it; checked by {@link PlanChecks}.
 *
 * @param trigger CALENDAR, RUNTIME or COUNTER
 * @param every N: calendar units, running hours or parts between two due points
 * @param calendarUnit DAYS, WEEKS or MONTHS (calendar plans)
 * @param startOn ISO date the calendar interval is counted from; today when left out
 * @param windowMinutes length of the planned window of its orders
 * @param suppressAlarms whether the window suppresses the machine's device alarms
 * @param active false pauses the plan; true when left out
 */
public record PlanDraft(@Nullable UUID equipmentId, @Nullable String name, @Nullable String description,
		@Nullable String trigger, @Nullable Integer every, @Nullable String calendarUnit, @Nullable String startOn,
		@Nullable List<String> checklist, @Nullable String priority, @Nullable String assignee,
		@Nullable Integer windowMinutes, @Nullable Boolean suppressAlarms, @Nullable Boolean active) {
}
