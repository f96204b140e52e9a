package io.kaiwu.maintenance.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.kaiwu.maintenance.kernel.CalendarDue;
import io.kaiwu.maintenance.kernel.CalendarUnit;
import io.kaiwu.maintenance.kernel.UsageDue;
import io.kaiwu.maintenance.order.OrderPriority;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A maintenance plan (维护计划) of one machine.
 *
 * @param every how many calendar units, hours or parts between two due points
 * @param calendarUnit for calendar plans
 * @param startOn for calendar plans: the date the interval is counted from
 * @param usageBaseline for usage plans: the meter reading (running seconds or parts) the
 * interval is counted from
 * @param nextDueOn for calendar plans: the next due date
 * @param nextDueUsage for usage plans: the meter reading at which it is next due
 * @param windowMinutes length of the planned window of its orders, from the due moment
 * @param suppressAlarms whether that window suppresses the machine's device alarms
 * @param lastOrderId the last order it created
 */
public record MaintenancePlan(UUID id, TenantId tenant, UUID equipmentId, String name, @Nullable String description,
		TriggerKind trigger, int every, @Nullable CalendarUnit calendarUnit, @Nullable LocalDate startOn,
		@Nullable Long usageBaseline, @Nullable LocalDate nextDueOn, @Nullable Long nextDueUsage,
		List<String> checklist, OrderPriority priority, @Nullable String assignee, @Nullable Integer windowMinutes,
		boolean suppressAlarms, boolean active, @Nullable UUID lastOrderId, Instant createdAt, Instant updatedAt) {

	public MaintenancePlan {
		checklist = List.copyOf(checklist);
	}

	/** Meter units per plan unit: seconds per hour for runtime plans, 1 for counters. */
	public long unitSize() {
		return (this.trigger == TriggerKind.RUNTIME) ? 3600 : 1;
	}

	CalendarDue calendar() {
		if (this.startOn == null || this.calendarUnit == null) {
			throw new IllegalStateException("not a calendar plan: " + this.id);
		}
		return new CalendarDue(this.startOn, this.every, this.calendarUnit);
	}

	UsageDue usage() {
		return new UsageDue((this.usageBaseline != null) ? this.usageBaseline : 0, this.every * unitSize());
	}

	MaintenancePlan due(@Nullable LocalDate nextDueOn, @Nullable Long nextDueUsage, @Nullable UUID lastOrderId,
			Instant now) {
		return new MaintenancePlan(this.id, this.tenant, this.equipmentId, this.name, this.description, this.trigger,
				this.every, this.calendarUnit, this.startOn, this.usageBaseline, nextDueOn, nextDueUsage,
				this.checklist, this.priority, this.assignee, this.windowMinutes, this.suppressAlarms, this.active,
				lastOrderId, this.createdAt, now);
	}

}
