package io.kaiwu.alarm.notification;

/** The alarm events a channel can be told about; TEST is the "send test" action. */
public enum NotifiedEvent {

	RAISED, ESCALATED, ACKNOWLEDGED, CLEARED, TEST;

	/** The events a user chooses from. */
	public static final java.util.List<NotifiedEvent> CHOOSABLE = java.util.List.of(RAISED, ESCALATED, ACKNOWLEDGED,
			CLEARED);

}
