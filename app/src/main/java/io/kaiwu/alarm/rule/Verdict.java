package io.kaiwu.alarm.rule;

/** What a rule concludes from a value (or from silence). */
public enum Verdict {

	/** The condition became abnormal: raise an alarm. */
	RAISE,
	/** The condition is normal again, beyond the deadband: clear the alarm. */
	CLEAR,
	/** Nothing changes. */
	NONE

}
