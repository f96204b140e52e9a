package io.kaiwu.alarm;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * An alarm's condition returned to normal (or a module or user cleared it).
 *
 * @param tenant whose alarm.
 * @param alarmId the alarm.
 * @param originator what it is about.
 * @param by who cleared: {@code system} for a rule, or the module or user.
 * @param at when.
 * @param state the state afterwards ({@link AlarmState#CLOSED} when it was acknowledged).
 */
public record AlarmCleared(TenantId tenant, UUID alarmId, Originator originator, String by, Instant at,
		AlarmState state) {
}
