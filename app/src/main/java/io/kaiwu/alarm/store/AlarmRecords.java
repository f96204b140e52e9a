package io.kaiwu.alarm.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.alarm.AlarmMessage;
import io.kaiwu.alarm.AlarmState;
import io.kaiwu.alarm.Originator;
import io.kaiwu.alarm.Severity;
import io.kaiwu.alarm.domain.Alarm;
import io.kaiwu.alarm.domain.AlarmAction;
import io.kaiwu.alarm.domain.HistoryEntry;
import io.kaiwu.alarm.domain.Shelving;
import io.kaiwu.alarm.domain.Stamp;
import io.kaiwu.alarm.domain.StormFold;
import io.kaiwu.alarm.statistics.Counted;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The alarm and alarm_history tables. Every query names the tenant first, except the
 * lookup by open key, which contains the tenant.
 */
@Repository
public class AlarmRecords {

	private static final RowMapper<Alarm> ALARM = (rs, row) -> {
		Alarm alarm = alarm(rs);
		Timestamp until = rs.getTimestamp("shelved_until");
		if (until != null) {
			alarm.restoreShelving(new Shelving(stamp(rs, "shelved"), until.toInstant(), rs.getString("shelve_reason")));
		}
		alarm.restoreSuppression(rs.getString("suppressed_by"));
		return alarm;
	};

	private static Alarm alarm(ResultSet rs) throws SQLException {
		return new Alarm(rs.getObject("id", UUID.class), TenantId.of(rs.getObject("tenant_id", UUID.class)),
				new Originator(rs.getString("originator_kind"), rs.getString("originator_id")),
				rs.getObject("rule_id", UUID.class), rs.getString("alarm_condition"),
				Severity.valueOf(rs.getString("severity")),
				new AlarmMessage(rs.getString("message_zh"), rs.getString("message_en")),
				rs.getTimestamp("raised_at").toInstant(), stampOrNull(rs, "acknowledged"), stampOrNull(rs, "cleared"),
				instant(rs, "escalate_at"), instant(rs, "escalated_at"));
	}

	private final JdbcClient jdbc;

	AlarmRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The filters of an alarm list.
	 *
	 * @param states only these states; empty for all.
	 * @param severity only this severity; {@literal null} for all.
	 * @param originator only this originator; {@literal null} for all.
	 * @param unshelvedAt only alarms not shelved at this time; {@literal null}: shelved
	 * ones too.
	 * @param withSuppressed whether alarms suppressed by design are listed too.
	 */
	public record Filter(List<AlarmState> states, @Nullable Severity severity, @Nullable Originator originator,
			@Nullable Instant unshelvedAt, boolean withSuppressed) {

		/** Without the alarms suppressed by design. */
		public Filter(List<AlarmState> states, @Nullable Severity severity, @Nullable Originator originator,
				@Nullable Instant unshelvedAt) {
			this(states, severity, originator, unshelvedAt, false);
		}

	}

	private static Stamp stamp(ResultSet rs, String prefix) throws SQLException {
		Stamp stamp = stampOrNull(rs, prefix);
		if (stamp == null) {
			throw new IllegalStateException(prefix + "_at is empty");
		}
		return stamp;
	}

	private static @Nullable Stamp stampOrNull(ResultSet rs, String prefix) throws SQLException {
		Timestamp at = rs.getTimestamp(prefix + "_at");
		return (at == null) ? null : new Stamp(rs.getString(prefix + "_by"), at.toInstant());
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at == null) ? null : at.toInstant();
	}

	public Optional<Alarm> find(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM alarm WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(ALARM)
			.optional();
	}

	/** The open alarm holding this key. */
	public Optional<Alarm> findOpen(String openKey) {
		return this.jdbc.sql("SELECT * FROM alarm WHERE open_key = ?").param(openKey).query(ALARM).optional();
	}

	/**
	 * The open, unacknowledged alarms of every tenant that are due to escalate and have
	 * not yet; at most {@code limit}.
	 */
	public List<Alarm> dueForEscalation(Instant now, int limit) {
		return this.jdbc
			.sql("SELECT * FROM alarm WHERE escalate_at <= ? AND escalated_at IS NULL AND acknowledged_at IS NULL"
					+ " AND suppressed_by IS NULL AND open_key IS NOT NULL ORDER BY escalate_at LIMIT ?")
			.params(Timestamp.from(now), limit)
			.query(ALARM)
			.list();
	}

	/**
	 * Inserts a new alarm; fails with a
	 * {@link org.springframework.dao.DuplicateKeyException} when an open one holds its
	 * key.
	 */
	public void insert(Alarm alarm) {
		this.jdbc
			.sql("INSERT INTO alarm (id, tenant_id, originator_kind, originator_id, rule_id, alarm_condition, severity,"
					+ " message_zh, message_en, state, raised_at, open_key, escalate_at, suppressed_by)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(alarm.id(), alarm.tenant().value(), alarm.originator().kind(), alarm.originator().id(),
					alarm.ruleId(), alarm.condition(), alarm.severity().name(), alarm.message().zh(),
					alarm.message().en(), alarm.state().name(), Timestamp.from(alarm.raisedAt()), alarm.openKey(),
					timestamp(alarm.escalateAt()), alarm.suppression())
			.update();
		history(alarm);
	}

	/** Stores the state, the stamps, the open key and what happened. */
	public void update(Alarm alarm) {
		Stamp ack = alarm.acknowledged();
		Stamp cleared = alarm.cleared();
		this.jdbc
			.sql("UPDATE alarm SET state = ?, acknowledged_by = ?, acknowledged_at = ?, cleared_by = ?, cleared_at = ?,"
					+ " open_key = ? WHERE tenant_id = ? AND id = ?")
			.params(alarm.state().name(), (ack == null) ? null : ack.by(), timestamp(ack),
					(cleared == null) ? null : cleared.by(), timestamp(cleared), alarm.openKey(),
					alarm.tenant().value(), alarm.id())
			.update();
		history(alarm);
	}

	/** Stores the shelving (or its end) and what happened. */
	public void shelvingChanged(Alarm alarm) {
		Shelving shelving = alarm.shelving();
		this.jdbc
			.sql("UPDATE alarm SET shelved_by = ?, shelved_at = ?, shelved_until = ?, shelve_reason = ?"
					+ " WHERE tenant_id = ? AND id = ?")
			.params((shelving == null) ? null : shelving.stamp().by(),
					(shelving == null) ? null : timestamp(shelving.stamp()),
					(shelving == null) ? null : Timestamp.from(shelving.until()),
					(shelving == null) ? null : shelving.reason(), alarm.tenant().value(), alarm.id())
			.update();
		history(alarm);
	}

	/**
	 * Stores an escalation, unless an acknowledgement or another escalation committed
	 * since the alarm was read.
	 * @return whether it was stored.
	 */
	public boolean escalated(Alarm alarm) {
		boolean stored = this.jdbc
			.sql("UPDATE alarm SET escalated_at = ? WHERE tenant_id = ? AND id = ? AND acknowledged_at IS NULL"
					+ " AND escalated_at IS NULL")
			.params(timestamp(alarm.escalatedAt()), alarm.tenant().value(), alarm.id())
			.update() == 1;
		if (stored) {
			history(alarm);
		}
		return stored;
	}

	private static @Nullable Timestamp timestamp(@Nullable Stamp stamp) {
		return (stamp == null) ? null : Timestamp.from(stamp.at());
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant at) {
		return (at == null) ? null : Timestamp.from(at);
	}

	private void history(Alarm alarm) {
		for (HistoryEntry entry : alarm.drainHappened()) {
			this.jdbc
				.sql("INSERT INTO alarm_history (alarm_id, action, actor, happened_at, state)"
						+ " VALUES (?, ?, ?, ?, ?)")
				.params(alarm.id(), entry.action().name(), entry.stamp().by(), Timestamp.from(entry.stamp().at()),
						entry.state().name())
				.update();
		}
	}

	/**
	 * The alarms a tenant raised in {@code [from, to)}, as the statistics count them;
	 * alarms suppressed by design are left out (nobody was alarmed).
	 */
	public List<Counted> raisedBetween(TenantId tenant, Instant from, Instant to) {
		return this.jdbc
			.sql("SELECT originator_kind, originator_id, rule_id, severity, raised_at, acknowledged_at, cleared_at"
					+ " FROM alarm WHERE tenant_id = ? AND raised_at >= ? AND raised_at < ? AND suppressed_by IS NULL")
			.params(tenant.value(), Timestamp.from(from), Timestamp.from(to))
			.query((rs, row) -> new Counted(
					new Originator(rs.getString("originator_kind"), rs.getString("originator_id")),
					rs.getObject("rule_id", UUID.class), Severity.valueOf(rs.getString("severity")),
					rs.getTimestamp("raised_at").toInstant(), instant(rs, "acknowledged_at"),
					instant(rs, "cleared_at")))
			.list();
	}

	/** Counts one more raise of a rule folded into a storm alarm. */
	public void fold(UUID stormAlarm, UUID ruleId, String ruleName) {
		int counted = this.jdbc
			.sql("UPDATE alarm_storm_fold SET folded = folded + 1, rule_name = ? WHERE alarm_id = ? AND rule_id = ?")
			.params(ruleName, stormAlarm, ruleId)
			.update();
		if (counted == 0) {
			this.jdbc.sql("INSERT INTO alarm_storm_fold (alarm_id, rule_id, rule_name, folded) VALUES (?, ?, ?, 1)")
				.params(stormAlarm, ruleId, ruleName)
				.update();
		}
	}

	/** The rules folded into a storm alarm, the most folded first. */
	public List<StormFold> folds(TenantId tenant, UUID stormAlarm) {
		return this.jdbc
			.sql("SELECT f.* FROM alarm_storm_fold f JOIN alarm a ON a.id = f.alarm_id"
					+ " WHERE a.tenant_id = ? AND f.alarm_id = ? ORDER BY f.folded DESC, f.rule_name")
			.params(tenant.value(), stormAlarm)
			.query((rs, row) -> new StormFold(rs.getObject("rule_id", UUID.class), rs.getString("rule_name"),
					rs.getInt("folded")))
			.list();
	}

	/** An alarm's history in the order it happened. */
	public List<HistoryEntry> history(TenantId tenant, UUID alarm) {
		return this.jdbc
			.sql("SELECT h.* FROM alarm_history h JOIN alarm a ON a.id = h.alarm_id"
					+ " WHERE a.tenant_id = ? AND h.alarm_id = ? ORDER BY h.seq")
			.params(tenant.value(), alarm)
			.query((rs, row) -> new HistoryEntry(AlarmAction.valueOf(rs.getString("action")),
					new Stamp(rs.getString("actor"), rs.getTimestamp("happened_at").toInstant()),
					AlarmState.valueOf(rs.getString("state"))))
			.list();
	}

	/** Open alarms first (then the newest first). */
	/**
	 * The open alarms about one kind of originator, most severe first, then the newest;
	 * alarms suppressed by design are left out.
	 */
	public List<Alarm> openOfKind(TenantId tenant, String originatorKind, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM alarm WHERE tenant_id = ? AND originator_kind = ? AND state <> 'CLOSED'
				    AND suppressed_by IS NULL
				ORDER BY CASE severity WHEN 'CRITICAL' THEN 0 WHEN 'MAJOR' THEN 1 WHEN 'MINOR' THEN 2 ELSE 3 END,
				    raised_at DESC, id
				LIMIT ?""").params(tenant.value(), originatorKind, limit).query(ALARM).list();
	}

	public List<Alarm> page(TenantId tenant, Filter filter, PageQuery page) {
		List<Object> params = new ArrayList<>();
		String where = where(tenant, filter, params);
		params.add(page.size());
		params.add(page.offset());
		return this.jdbc
			.sql("SELECT * FROM alarm" + where
					+ " ORDER BY CASE WHEN state = 'CLOSED' THEN 1 ELSE 0 END, raised_at DESC, id LIMIT ? OFFSET ?")
			.params(params)
			.query(ALARM)
			.list();
	}

	public long count(TenantId tenant, Filter filter) {
		List<Object> params = new ArrayList<>();
		String where = where(tenant, filter, params);
		return this.jdbc.sql("SELECT COUNT(*) FROM alarm" + where).params(params).query(Long.class).single();
	}

	private static String where(TenantId tenant, Filter filter, List<Object> params) {
		StringBuilder where = new StringBuilder(" WHERE tenant_id = ?");
		params.add(tenant.value());
		if (!filter.states().isEmpty()) {
			where.append(" AND state IN (")
				.append(String.join(", ", java.util.Collections.nCopies(filter.states().size(), "?")))
				.append(')');
			filter.states().forEach((s) -> params.add(s.name()));
		}
		if (filter.severity() != null) {
			where.append(" AND severity = ?");
			params.add(filter.severity().name());
		}
		if (filter.unshelvedAt() != null) {
			where.append(" AND (shelved_until IS NULL OR shelved_until <= ?)");
			params.add(Timestamp.from(filter.unshelvedAt()));
		}
		if (!filter.withSuppressed()) {
			where.append(" AND suppressed_by IS NULL");
		}
		if (filter.originator() != null) {
			where.append(" AND originator_kind = ? AND originator_id = ?");
			params.add(filter.originator().kind());
			params.add(filter.originator().id());
		}
		return where.toString();
	}

}
