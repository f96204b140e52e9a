package io.kaiwu.alarm;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * An operator acknowledged an alarm.
 *
 * @param tenant whose alarm.
 * @param alarmId the alarm.
 * @param originator what it is about.
 * @param by who acknowledged.
 * @param at when.
 * @param state the state afterwards ({@link AlarmState#CLOSED} when it was cleared).
 */
public record AlarmAcknowledged(TenantId tenant, UUID alarmId, Originator originator, String by, Instant at,
		AlarmState state) {
}
