package io.kaiwu.device.command;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finishes commands that nobody waits for any more as {@code TIMED_OUT}: at start-up
 * every command still {@code SENT} from before the start (its caller died with the
 * previous process), and every minute those that no caller in this process waits for and
 * that are older than the longest timeout a caller may ask for. Each one is audited like
 * any other outcome.
 */
@Component
public class CommandSweep {

	private static final Logger log = LoggerFactory.getLogger(CommandSweep.class);

	/** Longer than the longest timeout of a command (300 s, the API's limit). */
	static final Duration ORPHANED_AFTER = Duration.ofMinutes(6);

	private final Instant started = Instant.now();

	private final DeviceCommands commands;

	private final IssuingCommands issuing;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	CommandSweep(DeviceCommands commands, IssuingCommands issuing, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.commands = commands;
		this.issuing = issuing;
		this.events = events;
		this.tx = new TransactionTemplate(transactions);
	}

	/**
	 * Times out the commands left {@code SENT} by an earlier run.
	 * @return how many.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public int afterStart() {
		return sweep(this.started);
	}

	/**
	 * Times out the commands nobody waits for that were issued longer ago than any
	 * timeout.
	 * @return how many.
	 */
	@Scheduled(fixedDelay = 60, initialDelay = 60, timeUnit = TimeUnit.SECONDS)
	public int sweep() {
		return sweep(Instant.now().minus(ORPHANED_AFTER));
	}

	private int sweep(Instant issuedBefore) {
		int swept = 0;
		for (DeviceCommand sent : this.commands.sentBefore(issuedBefore)) {
			if (this.issuing.awaitsReply(sent.id())) {
				continue;
			}
			DeviceCommand timedOut = sent.finish(DeviceCommand.State.TIMED_OUT, null, null, Instant.now());
			Boolean finished = this.tx.execute((status) -> {
				if (!this.commands.timeOut(timedOut)) {
					return false;
				}
				this.events.publishEvent(ChangeRecorded.updated(TenantId.of(sent.tenant()), IssuingCommands.ENTITY,
						sent.id(), sent.auditView(), timedOut.auditView()));
				return true;
			});
			if (Boolean.TRUE.equals(finished)) {
				swept++;
			}
		}
		if (swept > 0) {
			log.info("Marked {} commands timed out that no caller waited for any more", swept);
		}
		return swept;
	}

}
