package io.kaiwu.maintenance.order;

/** Where an order stands: OPEN → IN_PROGRESS → DONE, or CANCELLED before it is done. */
public enum OrderState {

	OPEN, IN_PROGRESS, DONE, CANCELLED;

	/** Whether work on it may still be recorded. */
	public boolean isOpen() {
		return this == OPEN || this == IN_PROGRESS;
	}

}
