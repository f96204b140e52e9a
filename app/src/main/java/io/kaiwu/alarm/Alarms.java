package io.kaiwu.alarm;

import java.time.Duration;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Raising and clearing alarms from other modules (quality, EHS, scheduling), with their
 * own originator. A condition is named by the caller ({@code out-of-control},
 * {@code over-limit} …): at most one alarm per originator and condition is open at a
 * time, so raising again while it is open changes nothing.
 */
public interface Alarms {

	/**
	 * Raises an alarm, or answers the open one for this originator and condition
	 * (re-activating it when it was cleared but not yet acknowledged).
	 * @param tenant whose alarm.
	 * @param originator what it is about.
	 * @param condition the caller's name for the abnormal condition, up to 64 characters.
	 * @param severity how urgent.
	 * @param message the text in both languages.
	 * @return the id of the open alarm.
	 */
	UUID raise(TenantId tenant, Originator originator, String condition, Severity severity, AlarmMessage message);

	/**
	 * Raises an alarm as
	 * {@link #raise(TenantId, Originator, String, Severity, AlarmMessage)} does, with the
	 * raiser's own time to escalation instead of
	 * {@code kaiwu.alarm.escalation.module-alarms-after}.
	 * @param escalateAfter how long a new alarm may stay unacknowledged before it is
	 * escalated ({@link AlarmEscalated}); {@literal null}: the module setting.
	 * @return the id of the open alarm.
	 */
	UUID raise(TenantId tenant, Originator originator, String condition, Severity severity, AlarmMessage message,
			@Nullable Duration escalateAfter);

	/**
	 * Clears the open alarm of this originator and condition, if there is one.
	 * @param tenant whose alarm.
	 * @param originator what it is about.
	 * @param condition the name used to raise it.
	 * @param by who clears: the module's name or a user.
	 * @return whether an active alarm was cleared.
	 */
	boolean clear(TenantId tenant, Originator originator, String condition, String by);

}
