package io.kaiwu.maintenance.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A maintenance order (维修工单).
 *
 * @param equipmentId the machine to work on
 * @param plannedStart when the work is planned to begin
 * @param plannedEnd when it is planned to be finished
 * @param suppressAlarms whether planned start to end is a maintenance window in which the
 * alarms of the machine's device are suppressed
 * @param breakdown whether it repairs a breakdown (a failure that stopped the machine)
 * @param alarmId the alarm it was made from, if any
 * @param alarmText that alarm's text when the order was made
 * @param planId the plan that made it, if any
 * @param closureNotes what was found and done, required to close; the reason when
 * cancelled
 * @param finishedBy who closed or cancelled it
 * @param finishedAt when it was closed or cancelled
 */
public record MaintenanceOrder(UUID id, TenantId tenant, OrderKind kind, OrderState state, UUID equipmentId,
		String title, @Nullable String description, OrderPriority priority, @Nullable String assignee,
		@Nullable Instant plannedStart, @Nullable Instant plannedEnd, boolean suppressAlarms, boolean breakdown,
		@Nullable UUID alarmId, @Nullable String alarmText, @Nullable UUID planId, @Nullable String closureNotes,
		String createdBy, Instant createdAt, @Nullable String startedBy, @Nullable Instant startedAt,
		@Nullable String finishedBy, @Nullable Instant finishedAt, Instant updatedAt, List<ChecklistItem> checklist,
		List<PartUsed> parts, List<LabourEntry> labour) {

	public MaintenanceOrder {
		checklist = List.copyOf(checklist);
		parts = List.copyOf(parts);
		labour = List.copyOf(labour);
	}

	/** Checklist steps not yet done. */
	public List<ChecklistItem> openChecklist() {
		return this.checklist.stream().filter((item) -> !item.done()).toList();
	}

	/** Labour on the order, in minutes. */
	public int labourMinutes() {
		return this.labour.stream().mapToInt(LabourEntry::minutes).sum();
	}

	MaintenanceOrder with(OrderState state, @Nullable String closureNotes, @Nullable String startedBy,
			@Nullable Instant startedAt, @Nullable String finishedBy, @Nullable Instant finishedAt, Instant now) {
		return new MaintenanceOrder(this.id, this.tenant, this.kind, state, this.equipmentId, this.title,
				this.description, this.priority, this.assignee, this.plannedStart, this.plannedEnd, this.suppressAlarms,
				this.breakdown, this.alarmId, this.alarmText, this.planId, closureNotes, this.createdBy, this.createdAt,
				startedBy, startedAt, finishedBy, finishedAt, now, this.checklist, this.parts, this.labour);
	}

}
