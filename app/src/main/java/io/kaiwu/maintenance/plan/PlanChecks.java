package io.kaiwu.maintenance.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.maintenance.kernel.CalendarUnit;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.maintenance.order.OrderPriority;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks a plan before it is saved and names every bad field: the machine must be the
 * tenant's, name, trigger and a positive interval are required, a calendar plan needs its
 * unit, the window is 1 minute to 30 days and suppressing alarms needs a window.
 */
@Component
class PlanChecks {

	private final EquipmentCatalog equipment;

	PlanChecks(EquipmentCatalog equipment) {
		this.equipment = equipment;
	}

	/** A draft's fields, checked; the due points are the caller's. */
	record Checked(UUID equipmentId, String name, @Nullable String description, TriggerKind trigger, int every,
			@Nullable CalendarUnit calendarUnit, @Nullable LocalDate startOn, List<String> checklist,
			OrderPriority priority, @Nullable String assignee, @Nullable Integer windowMinutes, boolean suppressAlarms,
			boolean active) {
	}

	Checked check(TenantId tenant, PlanDraft draft, LocalDate today) {
		List<FieldError> errors = new ArrayList<>();
		UUID equipmentId = draft.equipmentId();
		if (equipmentId == null) {
			errors.add(new FieldError("equipmentId", "problem.field.required"));
		}
		else if (this.equipment.equipment(tenant, equipmentId).isEmpty()) {
			errors.add(new FieldError("equipmentId", "problem.maintenance.unknown-equipment", equipmentId));
		}
		String name = FieldChecks.required(draft.name(), "name", 200, errors);
		String description = FieldChecks.optional(draft.description(), "description", 4000, errors);
		TriggerKind trigger = FieldChecks.choice(TriggerKind.class, draft.trigger(), "trigger", errors);
		Integer every = draft.every();
		if (every == null) {
			errors.add(new FieldError("every", "problem.field.required"));
		}
		else if (every < 1 || every > 1_000_000) {
			errors.add(new FieldError("every", "problem.maintenance.plan.every", every));
		}
		CalendarUnit unit = null;
		LocalDate startOn = null;
		if (trigger == TriggerKind.CALENDAR) {
			unit = FieldChecks.choice(CalendarUnit.class, draft.calendarUnit(), "calendarUnit", errors);
			startOn = date(draft.startOn(), today, errors);
		}
		List<String> checklist = new ArrayList<>();
		List<String> steps = (draft.checklist() != null) ? draft.checklist() : List.of();
		for (int i = 0; i < steps.size(); i++) {
			String step = FieldChecks.required(steps.get(i), "checklist[" + i + "]", 500, errors);
			if (step != null) {
				checklist.add(step.replace('\n', ' '));
			}
		}
		OrderPriority priority = FieldChecks.blank(draft.priority()) ? OrderPriority.NORMAL
				: FieldChecks.choice(OrderPriority.class, draft.priority(), "priority", errors);
		String assignee = FieldChecks.optional(draft.assignee(), "assignee", 100, errors);
		Integer window = draft.windowMinutes();
		if (window != null && (window < 1 || window > 43_200)) {
			errors.add(new FieldError("windowMinutes", "problem.maintenance.plan.window", window));
		}
		boolean suppress = Boolean.TRUE.equals(draft.suppressAlarms());
		if (suppress && window == null) {
			errors.add(new FieldError("suppressAlarms", "problem.maintenance.plan.window-needed"));
		}
		if (!errors.isEmpty() || equipmentId == null || name == null || trigger == null || every == null
				|| priority == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return new Checked(equipmentId, name, description, trigger, every, unit, startOn, checklist, priority, assignee,
				window, suppress, !Boolean.FALSE.equals(draft.active()));
	}

	private static @Nullable LocalDate date(@Nullable String value, LocalDate today, List<FieldError> errors) {
		if (FieldChecks.blank(value)) {
			return today;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError("startOn", "problem.maintenance.plan.date", value));
			return null;
		}
	}

}
