package io.kaiwu.alarm.notification;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.alarm.AlarmMessage;
import io.kaiwu.alarm.AlarmState;
import io.kaiwu.alarm.Originator;
import io.kaiwu.alarm.Severity;
import org.jspecify.annotations.Nullable;

/**
 * What a channel is told about one alarm event; a webhook receives exactly this as its
 * JSON body.
 *
 * @param event RAISED, ESCALATED, ACKNOWLEDGED, CLEARED (or TEST).
 * @param tenant whose alarm.
 * @param alarmId the alarm.
 * @param originator what it is about.
 * @param severity how urgent.
 * @param state the alarm's state after the event; {@literal null} when the event does not
 * say (raised and escalated alarms are active and unacknowledged).
 * @param message the alarm's text in both languages.
 * @param by who acknowledged or cleared; {@literal null} otherwise.
 * @param at when the event happened.
 */
public record Notice(NotifiedEvent event, UUID tenant, UUID alarmId, Originator originator, Severity severity,
		@Nullable AlarmState state, AlarmMessage message, @Nullable String by, Instant at) {

	/** Names this event of this alarm, so that a repeated event is delivered once. */
	String key() {
		return this.event + ":" + this.alarmId + ":" + this.at.toEpochMilli();
	}

}
