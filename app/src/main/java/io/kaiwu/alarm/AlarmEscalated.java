package io.kaiwu.alarm;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An alarm stayed unacknowledged longer than its rule (or the setting for alarms raised
 * by modules) allows; whoever is notified of it is notified again.
 *
 * @param tenant whose alarm.
 * @param alarmId the alarm.
 * @param originator what it is about.
 * @param ruleId the rule that raised it; {@literal null} when a module raised it.
 * @param severity how urgent.
 * @param message the text in both languages.
 * @param raisedAt when it was raised.
 * @param at when it was escalated.
 */
public record AlarmEscalated(TenantId tenant, UUID alarmId, Originator originator, @Nullable UUID ruleId,
		Severity severity, AlarmMessage message, Instant raisedAt, Instant at) {
}
