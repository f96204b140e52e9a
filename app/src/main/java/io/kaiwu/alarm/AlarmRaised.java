package io.kaiwu.alarm;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An alarm became active: a new one, or an open one whose condition returned.
 *
 * @param tenant whose alarm.
 * @param alarmId the alarm.
 * @param originator what it is about.
 * @param ruleId the rule that raised it; {@literal null} when a module raised it.
 * @param severity how urgent.
 * @param message the text in both languages.
 * @param at when the condition became abnormal.
 */
public record AlarmRaised(TenantId tenant, UUID alarmId, Originator originator, @Nullable UUID ruleId,
		Severity severity, AlarmMessage message, Instant at) {
}
