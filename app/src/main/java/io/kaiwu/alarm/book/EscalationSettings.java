package io.kaiwu.alarm.book;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When unacknowledged alarms escalate. A rule says so for its own alarms
 * ({@code escalateAfter}); this says it for the alarms other modules raise.
 *
 * @param moduleAlarmsAfter how long an alarm raised by a module may stay unacknowledged
 * before it escalates; unset: never; {@code KAIWU_ALARM_ESCALATION_MODULE_ALARMS_AFTER}.
 * @param check how often due alarms are looked for; {@code KAIWU_ALARM_ESCALATION_CHECK}.
 */
@ConfigurationProperties("kaiwu.alarm.escalation")
public record EscalationSettings(@Nullable Duration moduleAlarmsAfter, @DefaultValue("15s") Duration check) {

	public EscalationSettings {
		if (moduleAlarmsAfter != null && (moduleAlarmsAfter.isNegative() || moduleAlarmsAfter.isZero())) {
			throw new IllegalArgumentException("kaiwu.alarm.escalation.module-alarms-after must be positive");
		}
	}

}
