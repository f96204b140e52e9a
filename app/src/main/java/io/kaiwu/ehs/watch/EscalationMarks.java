package io.kaiwu.ehs.watch;

import io.kaiwu.alarm.AlarmEscalated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Marks an exceedance record escalated when the alarm module escalates its alarm (an EHS
 * alarm nobody acknowledged in time, {@link AlarmEscalated}), so that the safety board
 * and the monthly report show it. The escalation itself is the alarm module's.
 */
@Component
class EscalationMarks {

	private final ExceedanceRecords records;

	EscalationMarks(ExceedanceRecords records) {
		this.records = records;
	}

	@EventListener
	void escalated(AlarmEscalated event) {
		if (GradeAlarms.ORIGINATOR_KIND.equals(event.originator().kind())) {
			this.records.markEscalated(event.tenant(), event.alarmId(), event.at());
		}
	}

}
