package io.kaiwu.alarm.domain;

/** What happened to an alarm, as kept in its history. */
public enum AlarmAction {

	/** The condition became abnormal and the alarm was raised. */
	RAISED,
	/** The condition became abnormal again before the alarm was acknowledged. */
	RETURNED,
	/** An operator acknowledged it. */
	ACKNOWLEDGED,
	/** The condition returned to normal, or a module or user cleared it. */
	CLEARED,
	/** It stayed unacknowledged longer than its rule (or setting) allows. */
	ESCALATED,
	/** An operator shelved it for a while, with a reason. */
	SHELVED,
	/** An operator unshelved it before its shelving expired. */
	UNSHELVED,
	/**
	 * It was raised while suppressed by design (a planned maintenance window was open):
	 * recorded, not annunciated.
	 */
	SUPPRESSED

}
