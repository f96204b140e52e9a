package io.kaiwu.alarm;

import java.time.Instant;

import io.kaiwu.shared.TenantId;

/**
 * Planned maintenance windows, as the alarm module asks about them: while a window is
 * open for an originator, its alarms are suppressed (ISA-18.2 "suppressed by design").
 * The maintenance module implements this; the alarm module asks every implementation.
 */
public interface MaintenanceWindows {

	/**
	 * Whether a planned maintenance window covers an originator at a moment.
	 * @param tenant whose originator.
	 * @param originator what the alarm is about, for example a device.
	 * @param at the moment of the condition.
	 * @return whether its alarms are to be suppressed.
	 */
	boolean isOpen(TenantId tenant, Originator originator, Instant at);

}
