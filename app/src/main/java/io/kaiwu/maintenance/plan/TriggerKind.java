package io.kaiwu.maintenance.plan;

/** What makes a plan due. */
public enum TriggerKind {

	/** Every N days, weeks or months from a start date. */
	CALENDAR,
	/** Every N hours the machine was RUNNING. */
	RUNTIME,
	/** Every N parts the machine made (good and rejects). */
	COUNTER;

	public boolean byUsage() {
		return this != CALENDAR;
	}

}
