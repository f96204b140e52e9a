package io.kaiwu.maintenance.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.alarm.AlarmLookup;
import io.kaiwu.alarm.AlarmSummary;
import io.kaiwu.alarm.Originator;
import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.equipment.EquipmentSummary;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks an order before it is saved and names every bad field: the machine must be the
 * tenant's (or follow from the alarm's device), the title is required, kind and priority
 * are one of their values, planned start and end parse and the end comes after the start,
 * and a maintenance window needs both.
 */
@Component
class OrderChecks {

	private final EquipmentCatalog equipment;

	private final AlarmLookup alarms;

	OrderChecks(EquipmentCatalog equipment, AlarmLookup alarms) {
		this.equipment = equipment;
		this.alarms = alarms;
	}

	/** The parts of a new order that a draft gives, checked. */
	record Checked(OrderKind kind, UUID equipmentId, String title, @Nullable String description, OrderPriority priority,
			@Nullable String assignee, @Nullable Instant plannedStart, @Nullable Instant plannedEnd,
			boolean suppressAlarms, boolean breakdown, @Nullable UUID alarmId, @Nullable String alarmText,
			List<String> checklist) {
	}

	Checked check(TenantId tenant, OrderDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		AlarmSummary alarm = null;
		if (draft.alarmId() != null) {
			alarm = this.alarms.alarm(tenant, draft.alarmId()).orElse(null);
			if (alarm == null) {
				errors.add(new FieldError("alarmId", "problem.maintenance.unknown-alarm", draft.alarmId()));
			}
		}
		UUID equipmentId = machine(tenant, draft.equipmentId(), alarm, errors);
		OrderKind kind = (draft.kind() == null && alarm != null) ? OrderKind.CORRECTIVE
				: FieldChecks.choice(OrderKind.class, draft.kind(), "kind", errors);
		String alarmText = (alarm != null) ? alarm.message().zh() : null;
		String title = (FieldChecks.blank(draft.title()) && alarmText != null) ? clip(alarmText, 200)
				: FieldChecks.required(draft.title(), "title", 200, errors);
		String description = FieldChecks.optional(draft.description(), "description", 4000, errors);
		OrderPriority priority = FieldChecks.blank(draft.priority()) ? OrderPriority.NORMAL
				: FieldChecks.choice(OrderPriority.class, draft.priority(), "priority", errors);
		String assignee = FieldChecks.optional(draft.assignee(), "assignee", 100, errors);
		Instant start = FieldChecks.instant(draft.plannedStart(), "plannedStart", errors);
		Instant end = FieldChecks.instant(draft.plannedEnd(), "plannedEnd", errors);
		boolean suppress = Boolean.TRUE.equals(draft.suppressAlarms());
		window(start, end, suppress, errors);
		List<String> checklist = new ArrayList<>();
		List<String> steps = (draft.checklist() != null) ? draft.checklist() : List.of();
		for (int i = 0; i < steps.size(); i++) {
			String step = FieldChecks.required(steps.get(i), "checklist[" + i + "]", 500, errors);
			if (step != null) {
				checklist.add(step);
			}
		}
		if (!errors.isEmpty() || equipmentId == null || kind == null || title == null || priority == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return new Checked(kind, equipmentId, title, description, priority, assignee, start, end, suppress,
				Boolean.TRUE.equals(draft.breakdown()), draft.alarmId(),
				(alarmText != null) ? clip(alarmText, 1000) : null, checklist);
	}

	MaintenanceOrder change(MaintenanceOrder order, OrderChanges changes, Instant now) {
		List<FieldError> errors = new ArrayList<>();
		String title = FieldChecks.required(changes.title(), "title", 200, errors);
		String description = FieldChecks.optional(changes.description(), "description", 4000, errors);
		OrderPriority priority = FieldChecks.blank(changes.priority()) ? OrderPriority.NORMAL
				: FieldChecks.choice(OrderPriority.class, changes.priority(), "priority", errors);
		String assignee = FieldChecks.optional(changes.assignee(), "assignee", 100, errors);
		Instant start = FieldChecks.instant(changes.plannedStart(), "plannedStart", errors);
		Instant end = FieldChecks.instant(changes.plannedEnd(), "plannedEnd", errors);
		boolean suppress = Boolean.TRUE.equals(changes.suppressAlarms());
		window(start, end, suppress, errors);
		if (!errors.isEmpty() || title == null || priority == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return new MaintenanceOrder(order.id(), order.tenant(), order.kind(), order.state(), order.equipmentId(), title,
				description, priority, assignee, start, end, suppress, Boolean.TRUE.equals(changes.breakdown()),
				order.alarmId(), order.alarmText(), order.planId(), order.closureNotes(), order.createdBy(),
				order.createdAt(), order.startedBy(), order.startedAt(), order.finishedBy(), order.finishedAt(), now,
				order.checklist(), order.parts(), order.labour());
	}

	/**
	 * The machine named, or else the one on the alarm's device; several machines on that
	 * device must be told apart by naming one.
	 */
	private @Nullable UUID machine(TenantId tenant, @Nullable UUID named, @Nullable AlarmSummary alarm,
			List<FieldError> errors) {
		if (named != null) {
			if (this.equipment.equipment(tenant, named).isEmpty()) {
				errors.add(new FieldError("equipmentId", "problem.maintenance.unknown-equipment", named));
				return null;
			}
			return named;
		}
		if (alarm == null) {
			errors.add(new FieldError("equipmentId", "problem.field.required"));
			return null;
		}
		Optional<UUID> device = deviceOf(alarm.originator());
		List<EquipmentSummary> machines = device.map((d) -> this.equipment.onDevice(tenant, d)).orElse(List.of());
		if (machines.size() == 1) {
			return machines.get(0).id();
		}
		if (machines.isEmpty()) {
			errors.add(new FieldError("equipmentId", "problem.maintenance.alarm-without-machine", alarm.originator()));
		}
		else {
			errors.add(new FieldError("equipmentId", "problem.maintenance.alarm-several-machines",
					machines.stream().map(EquipmentSummary::code).collect(Collectors.joining(", "))));
		}
		return null;
	}

	private static Optional<UUID> deviceOf(Originator originator) {
		if (!Originator.DEVICE.equals(originator.kind())) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(originator.id()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static void window(@Nullable Instant start, @Nullable Instant end, boolean suppress,
			List<FieldError> errors) {
		if (start != null && end != null && !end.isAfter(start)) {
			errors.add(new FieldError("plannedEnd", "problem.maintenance.end-before-start"));
		}
		if (suppress && (start == null || end == null)) {
			errors.add(new FieldError("suppressAlarms", "problem.maintenance.window-needs-times"));
		}
	}

	private static String clip(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
