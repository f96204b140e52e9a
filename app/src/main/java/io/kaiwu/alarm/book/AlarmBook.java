package io.kaiwu.alarm.book;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.alarm.AlarmAcknowledged;
import io.kaiwu.alarm.AlarmCleared;
import io.kaiwu.alarm.AlarmEscalated;
import io.kaiwu.alarm.AlarmMessage;
import io.kaiwu.alarm.AlarmRaised;
import io.kaiwu.alarm.Alarms;
import io.kaiwu.alarm.Originator;
import io.kaiwu.alarm.Severity;
import io.kaiwu.alarm.domain.Alarm;
import io.kaiwu.alarm.domain.Shelving;
import io.kaiwu.alarm.store.AlarmRecords;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alarms of all tenants: raises, acknowledges and clears them in a transaction each,
 * keeps their history and publishes {@link AlarmRaised}, {@link AlarmAcknowledged} and
 * {@link AlarmCleared}. The database's unique open key is the last word on "one open
 * alarm per rule (or condition) and originator": a raise that loses the race to insert
 * finds the winner's alarm instead.
 */
@Service
public class AlarmBook implements Alarms {

	private final AlarmRecords records;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final EscalationSettings escalation;

	private final Clock clock = Clock.systemUTC();

	AlarmBook(AlarmRecords records, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			EscalationSettings escalation) {
		this.records = records;
		this.escalation = escalation;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Override
	public UUID raise(TenantId tenant, Originator originator, String condition, Severity severity,
			AlarmMessage message) {
		return raise(tenant, originator, condition, severity, message, null);
	}

	@Override
	public UUID raise(TenantId tenant, Originator originator, String condition, Severity severity, AlarmMessage message,
			@Nullable Duration escalateAfter) {
		if (condition.isBlank() || condition.length() > 64 || condition.startsWith("rule:")
				|| condition.equals(Alarm.STORM)) {
			throw new IllegalArgumentException(
					"A condition has 1 to 64 characters, does not start with rule: and is not " + Alarm.STORM);
		}
		return raise(tenant, originator, null, condition, severity, message, now(),
				(escalateAfter != null) ? escalateAfter : this.escalation.moduleAlarmsAfter())
			.id();
	}

	@Override
	public boolean clear(TenantId tenant, Originator originator, String condition, String by) {
		return clear(Alarm.openKey(tenant, originator, condition), by, now());
	}

	/**
	 * Raises an alarm, or answers the open one with the same key (active again if it was
	 * cleared but not acknowledged).
	 * @param escalateAfter how long a new alarm may stay unacknowledged before it
	 * escalates; {@literal null}: never.
	 */
	public Alarm raise(TenantId tenant, Originator originator, @Nullable UUID ruleId, String condition,
			Severity severity, AlarmMessage message, Instant at, @Nullable Duration escalateAfter) {
		return raise(tenant, originator, ruleId, condition, severity, message, at, escalateAfter, null);
	}

	/**
	 * Raises an alarm as
	 * {@link #raise(TenantId, Originator, UUID, String, Severity, AlarmMessage, Instant, Duration)}
	 * does; a new alarm with a {@code suppression} is recorded suppressed by design: no
	 * {@link AlarmRaised} or {@link AlarmCleared} is published for it and it never
	 * escalates.
	 * @param suppression why it is suppressed, for example
	 * {@link Alarm#MAINTENANCE_WINDOW}; {@literal null}: it is not.
	 */
	public Alarm raise(TenantId tenant, Originator originator, @Nullable UUID ruleId, String condition,
			Severity severity, AlarmMessage message, Instant at, @Nullable Duration escalateAfter,
			@Nullable String suppression) {
		try {
			return inTransaction(() -> raiseOnce(tenant, originator, ruleId, condition, severity, message, at,
					escalateAfter, suppression));
		}
		catch (DuplicateKeyException ex) {
			// another raise inserted first; its transaction has committed
			return inTransaction(() -> raiseOnce(tenant, originator, ruleId, condition, severity, message, at,
					escalateAfter, suppression));
		}
	}

	private Alarm raiseOnce(TenantId tenant, Originator originator, @Nullable UUID ruleId, String condition,
			Severity severity, AlarmMessage message, Instant at, @Nullable Duration escalateAfter,
			@Nullable String suppression) {
		Optional<Alarm> open = this.records.findOpen(Alarm.openKey(tenant, originator, condition));
		if (open.isPresent()) {
			Alarm alarm = open.get();
			if (alarm.returnToActive(at)) {
				this.records.update(alarm);
				if (!alarm.suppressed()) {
					this.events.publishEvent(new AlarmRaised(tenant, alarm.id(), originator, ruleId, alarm.severity(),
							alarm.message(), at));
				}
			}
			return alarm;
		}
		Alarm alarm = Alarm.raise(tenant, originator, ruleId, condition, severity, message, at, escalateAfter);
		if (suppression != null) {
			alarm.suppressByDesign(suppression, at);
		}
		this.records.insert(alarm);
		if (!alarm.suppressed()) {
			this.events.publishEvent(new AlarmRaised(tenant, alarm.id(), originator, ruleId, severity, message, at));
		}
		return alarm;
	}

	/**
	 * Folds a rule's raise into the originator's storm summary alarm (告警风暴), raising that
	 * first when none is open; the folded raises are counted per rule.
	 */
	public Alarm fold(TenantId tenant, Originator originator, UUID ruleId, String ruleName, Severity severity,
			AlarmMessage message, Instant at) {
		return inTransaction(() -> {
			Alarm storm = raiseOnce(tenant, originator, null, Alarm.STORM, severity, message, at, null, null);
			this.records.fold(storm.id(), ruleId, ruleName);
			return storm;
		});
	}

	/** Clears the open alarm with this key, if it is active. */
	public boolean clear(String openKey, String by, Instant at) {
		Boolean cleared = inTransaction(
				() -> this.records.findOpen(openKey).map((alarm) -> clear(alarm, by, at)).orElse(false));
		return Boolean.TRUE.equals(cleared);
	}

	private boolean clear(Alarm alarm, String by, Instant at) {
		if (!alarm.clear(by, at)) {
			return false;
		}
		this.records.update(alarm);
		if (!alarm.suppressed()) {
			this.events
				.publishEvent(new AlarmCleared(alarm.tenant(), alarm.id(), alarm.originator(), by, at, alarm.state()));
		}
		return true;
	}

	/**
	 * An operator acknowledges an alarm. An alarm already acknowledged (or closed) is
	 * answered as it is.
	 */
	public Alarm acknowledge(TenantId tenant, UUID id, String by) {
		return inTransaction(() -> {
			Alarm alarm = find(tenant, id);
			Instant at = now();
			if (alarm.acknowledge(by, at)) {
				this.records.update(alarm);
				this.events
					.publishEvent(new AlarmAcknowledged(tenant, alarm.id(), alarm.originator(), by, at, alarm.state()));
			}
			return alarm;
		});
	}

	/**
	 * A user clears an alarm that a module raised. A rule's alarm clears only when its
	 * condition is normal again.
	 */
	public Alarm clearByHand(TenantId tenant, UUID id, String by) {
		return inTransaction(() -> {
			Alarm alarm = find(tenant, id);
			if (alarm.ruleId() != null) {
				throw new KaiwuProblem.Conflict("problem.alarm.cleared-by-rule");
			}
			clear(alarm, by, now());
			return alarm;
		});
	}

	/**
	 * An operator shelves an open alarm for a while, with a reason; audited
	 * ({@code alarm}). A closed alarm is answered as it is.
	 */
	public Alarm shelve(TenantId tenant, UUID id, String by, Duration duration, String reason) {
		return inTransaction(() -> {
			Alarm alarm = find(tenant, id);
			Map<String, Object> before = shelving(alarm);
			Instant at = now();
			if (alarm.shelve(by, at, at.plus(duration), reason)) {
				this.records.shelvingChanged(alarm);
				this.events.publishEvent(ChangeRecorded.updated(tenant, "alarm", id, before, shelving(alarm)));
			}
			return alarm;
		});
	}

	/** An operator unshelves an alarm before its shelving expires; audited. */
	public Alarm unshelve(TenantId tenant, UUID id, String by) {
		return inTransaction(() -> {
			Alarm alarm = find(tenant, id);
			Map<String, Object> before = shelving(alarm);
			if (alarm.unshelve(by, now())) {
				this.records.shelvingChanged(alarm);
				this.events.publishEvent(ChangeRecorded.updated(tenant, "alarm", id, before, shelving(alarm)));
			}
			return alarm;
		});
	}

	private static Map<String, Object> shelving(Alarm alarm) {
		Shelving shelving = alarm.shelving();
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("shelvedBy", (shelving == null) ? "" : shelving.stamp().by());
		audit.put("shelvedUntil", (shelving == null) ? "" : shelving.until().toString());
		audit.put("reason", (shelving == null) ? "" : shelving.reason());
		return audit;
	}

	/**
	 * Escalates the unacknowledged alarms whose time has come, and publishes
	 * {@link AlarmEscalated} for each.
	 * @param now the time to judge by.
	 * @return how many alarms were escalated.
	 */
	public int escalateDue(Instant now) {
		Instant at = now.truncatedTo(ChronoUnit.MICROS);
		int escalated = 0;
		for (Alarm due : this.records.dueForEscalation(at, 500)) {
			if (Boolean.TRUE.equals(inTransaction(() -> escalate(due, at)))) {
				escalated++;
			}
		}
		return escalated;
	}

	/** Escalates, and publishes inside the transaction that stored it. */
	private boolean escalate(Alarm alarm, Instant at) {
		if (!alarm.escalate(at) || !this.records.escalated(alarm)) {
			return false;
		}
		this.events.publishEvent(new AlarmEscalated(alarm.tenant(), alarm.id(), alarm.originator(), alarm.ruleId(),
				alarm.severity(), alarm.message(), alarm.raisedAt(), at));
		return true;
	}

	/** Now, to the microsecond the database keeps. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private Alarm find(TenantId tenant, UUID id) {
		return this.records.find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("alarm", id));
	}

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		T result = this.transactions.execute((status) -> work.get());
		if (result == null) {
			throw new IllegalStateException("A transaction answered nothing");
		}
		return result;
	}

}
