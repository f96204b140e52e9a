package io.kaiwu.alarm.book;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for unacknowledged alarms that are due to escalate, every
 * {@code kaiwu.alarm.escalation.check} (15 s), on the scheduler's thread: never on the
 * evaluation thread.
 */
@Component
class EscalationCheck {

	private static final Logger log = LoggerFactory.getLogger(EscalationCheck.class);

	private final AlarmBook book;

	private final Clock clock = Clock.systemUTC();

	EscalationCheck(AlarmBook book) {
		this.book = book;
	}

	@Scheduled(fixedDelayString = "${kaiwu.alarm.escalation.check:15s}",
			initialDelayString = "${kaiwu.alarm.escalation.check:15s}")
	void escalateDue() {
		int escalated = this.book.escalateDue(this.clock.instant());
		if (escalated > 0) {
			log.info("Escalated {} unacknowledged alarm(s)", escalated);
		}
	}

}
