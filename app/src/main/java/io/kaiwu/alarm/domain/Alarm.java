package io.kaiwu.alarm.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.kaiwu.alarm.AlarmMessage;
import io.kaiwu.alarm.AlarmState;
import io.kaiwu.alarm.Originator;
import io.kaiwu.alarm.Severity;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An alarm (告警) with its ISA-18.2 life cycle. Acknowledgement and clearing are
 * independent, each with who and when; the alarm is closed once both happened. While it
 * is open it holds its {@link #openKey()}, so that no second alarm for the same rule (or
 * condition) and originator can be opened beside it.
 */
public final class Alarm {

	private final UUID id;

	private final TenantId tenant;

	private final Originator originator;

	private final @Nullable UUID ruleId;

	private final String condition;

	private final Severity severity;

	private final AlarmMessage message;

	private final Instant raisedAt;

	private @Nullable Stamp acknowledged;

	private @Nullable Stamp cleared;

	/** When it escalates if still unacknowledged; {@literal null}: never. */
	private @Nullable Instant escalateAt;

	/**
	 * Why it is suppressed by design (ISA-18.2), for example {@link #MAINTENANCE_WINDOW};
	 * {@literal null}: it is not.
	 */
	private @Nullable String suppression;

	/**
	 * The condition of an originator's storm summary alarm (告警风暴), into which raises
	 * beyond the storm limit are folded.
	 */
	public static final String STORM = "storm";

	/** Suppressed because a planned maintenance window was open for the originator. */
	public static final String MAINTENANCE_WINDOW = "MAINTENANCE_WINDOW";

	/** When it was escalated; {@literal null}: not (yet). */
	private @Nullable Instant escalatedAt;

	/**
	 * The operator's shelving, current or expired; {@literal null}: never or unshelved.
	 */
	private @Nullable Shelving shelving;

	/** What happened since this object was loaded or raised, to be stored. */
	private final List<HistoryEntry> happened = new ArrayList<>();

	public Alarm(UUID id, TenantId tenant, Originator originator, @Nullable UUID ruleId, String condition,
			Severity severity, AlarmMessage message, Instant raisedAt, @Nullable Stamp acknowledged,
			@Nullable Stamp cleared, @Nullable Instant escalateAt, @Nullable Instant escalatedAt) {
		this.id = Objects.requireNonNull(id, "id");
		this.tenant = Objects.requireNonNull(tenant, "tenant");
		this.originator = Objects.requireNonNull(originator, "originator");
		this.ruleId = ruleId;
		this.condition = Objects.requireNonNull(condition, "condition");
		this.severity = Objects.requireNonNull(severity, "severity");
		this.message = Objects.requireNonNull(message, "message");
		this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt");
		this.acknowledged = acknowledged;
		this.cleared = cleared;
		this.escalateAt = escalateAt;
		this.escalatedAt = escalatedAt;
	}

	/**
	 * A new alarm, active and unacknowledged.
	 * @param escalateAfter how long it may stay unacknowledged before it escalates;
	 * {@literal null}: it never escalates.
	 */
	public static Alarm raise(TenantId tenant, Originator originator, @Nullable UUID ruleId, String condition,
			Severity severity, AlarmMessage message, Instant at, @Nullable Duration escalateAfter) {
		Alarm alarm = new Alarm(UUID.randomUUID(), tenant, originator, ruleId, condition, severity, message, at, null,
				null, (escalateAfter == null) ? null : at.plus(escalateAfter), null);
		alarm.happened.add(new HistoryEntry(AlarmAction.RAISED, new Stamp("system", at), alarm.state()));
		return alarm;
	}

	/**
	 * Marks a new alarm suppressed by design: it is recorded, but not annunciated, and it
	 * never escalates.
	 */
	public void suppressByDesign(String reason, Instant at) {
		this.suppression = reason;
		this.escalateAt = null;
		this.happened.add(new HistoryEntry(AlarmAction.SUPPRESSED, new Stamp("system", at), state()));
	}

	/** Sets the suppression as stored. */
	public void restoreSuppression(@Nullable String reason) {
		this.suppression = reason;
	}

	/** Why it is suppressed by design; {@literal null}: it is not. */
	public @Nullable String suppression() {
		return this.suppression;
	}

	/** Whether it is a storm summary alarm. */
	public boolean storm() {
		return this.ruleId == null && STORM.equals(this.condition);
	}

	public boolean suppressed() {
		return this.suppression != null;
	}

	/** The condition name of an alarm a rule raises. */
	public static String ruleCondition(UUID ruleId) {
		return "rule:" + ruleId;
	}

	/**
	 * The key that is unique among open alarms: tenant, originator and the rule or the
	 * caller's condition.
	 */
	public static String openKey(TenantId tenant, Originator originator, String condition) {
		return tenant.value() + "|" + originator + "|" + condition;
	}

	public AlarmState state() {
		if (this.cleared == null) {
			return (this.acknowledged == null) ? AlarmState.ACTIVE_UNACKNOWLEDGED : AlarmState.ACTIVE_ACKNOWLEDGED;
		}
		return (this.acknowledged == null) ? AlarmState.CLEARED_UNACKNOWLEDGED : AlarmState.CLOSED;
	}

	/** The unique key while open; {@literal null} once closed. */
	public @Nullable String openKey() {
		return state().open() ? openKey(this.tenant, this.originator, this.condition) : null;
	}

	/**
	 * An operator acknowledges. Acknowledging again, or an alarm already closed, changes
	 * nothing.
	 * @return whether the alarm changed.
	 */
	public boolean acknowledge(String by, Instant at) {
		if (this.acknowledged != null) {
			return false;
		}
		this.acknowledged = new Stamp(by, at);
		this.happened.add(new HistoryEntry(AlarmAction.ACKNOWLEDGED, this.acknowledged, state()));
		return true;
	}

	/**
	 * The condition returned to normal (or a module or user says so). Clearing an alarm
	 * that is not active changes nothing.
	 * @return whether the alarm changed.
	 */
	public boolean clear(String by, Instant at) {
		if (this.cleared != null) {
			return false;
		}
		this.cleared = new Stamp(by, at);
		this.happened.add(new HistoryEntry(AlarmAction.CLEARED, this.cleared, state()));
		return true;
	}

	/**
	 * The condition became abnormal again while the alarm is still open (cleared but not
	 * acknowledged): it is active again instead of a second alarm being raised.
	 * @return whether the alarm changed.
	 */
	public boolean returnToActive(Instant at) {
		if (this.cleared == null || this.acknowledged != null) {
			return false;
		}
		this.cleared = null;
		this.happened.add(new HistoryEntry(AlarmAction.RETURNED, new Stamp("system", at), state()));
		return true;
	}

	/**
	 * Escalates the alarm when it is still unacknowledged at or after its escalation
	 * time. An alarm escalates at most once; an acknowledged one never.
	 * @return whether the alarm changed.
	 */
	public boolean escalate(Instant now) {
		if (this.escalateAt == null || this.suppression != null || this.escalatedAt != null || this.acknowledged != null
				|| now.isBefore(this.escalateAt)) {
			return false;
		}
		this.escalatedAt = now;
		this.happened.add(new HistoryEntry(AlarmAction.ESCALATED, new Stamp("system", now), state()));
		return true;
	}

	/**
	 * An operator shelves the open alarm until a time, with a reason. A closed alarm is
	 * not shelved; shelving again replaces the previous shelving.
	 * @return whether the alarm changed.
	 */
	public boolean shelve(String by, Instant at, Instant until, String reason) {
		if (!state().open() || !until.isAfter(at)) {
			return false;
		}
		this.shelving = new Shelving(new Stamp(by, at), until, reason);
		this.happened.add(new HistoryEntry(AlarmAction.SHELVED, this.shelving.stamp(), state()));
		return true;
	}

	/**
	 * An operator unshelves the alarm before its shelving expires.
	 * @return whether the alarm changed.
	 */
	public boolean unshelve(String by, Instant at) {
		if (this.shelving == null || !this.shelving.hidesAt(at)) {
			return false;
		}
		this.shelving = null;
		this.happened.add(new HistoryEntry(AlarmAction.UNSHELVED, new Stamp(by, at), state()));
		return true;
	}

	/** Whether it is shelved at this time. */
	public boolean shelvedAt(Instant now) {
		return this.shelving != null && this.shelving.hidesAt(now);
	}

	public @Nullable Shelving shelving() {
		return this.shelving;
	}

	/** Sets the shelving as stored. */
	public void restoreShelving(@Nullable Shelving shelving) {
		this.shelving = shelving;
	}

	/** What happened since it was loaded, and forgets it (the store keeps it). */
	public List<HistoryEntry> drainHappened() {
		List<HistoryEntry> steps = List.copyOf(this.happened);
		this.happened.clear();
		return steps;
	}

	public UUID id() {
		return this.id;
	}

	public TenantId tenant() {
		return this.tenant;
	}

	public Originator originator() {
		return this.originator;
	}

	public @Nullable UUID ruleId() {
		return this.ruleId;
	}

	public String condition() {
		return this.condition;
	}

	public Severity severity() {
		return this.severity;
	}

	public AlarmMessage message() {
		return this.message;
	}

	public Instant raisedAt() {
		return this.raisedAt;
	}

	public @Nullable Stamp acknowledged() {
		return this.acknowledged;
	}

	public @Nullable Stamp cleared() {
		return this.cleared;
	}

	public @Nullable Instant escalateAt() {
		return this.escalateAt;
	}

	public @Nullable Instant escalatedAt() {
		return this.escalatedAt;
	}

}
