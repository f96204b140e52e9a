package io.kaiwu.alarm;

/**
 * The alarm states of ISA-18.2. Acknowledgement and clearing are independent: the
 * condition may return to normal before or after an operator acknowledges.
 */
public enum AlarmState {

	/** The condition is abnormal and nobody has acknowledged it yet. */
	ACTIVE_UNACKNOWLEDGED,
	/** The condition is abnormal and an operator has acknowledged it. */
	ACTIVE_ACKNOWLEDGED,
	/** The condition is back to normal, but nobody has acknowledged the alarm. */
	CLEARED_UNACKNOWLEDGED,
	/** Cleared and acknowledged: nothing left to do. */
	CLOSED;

	public boolean open() {
		return this != CLOSED;
	}

}
