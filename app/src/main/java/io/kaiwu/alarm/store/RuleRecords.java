package io.kaiwu.alarm.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.alarm.Severity;
import io.kaiwu.alarm.expression.Expression;
import io.kaiwu.alarm.rule.Comparison;
import io.kaiwu.alarm.rule.Condition;
import io.kaiwu.alarm.rule.MessageTemplate;
import io.kaiwu.alarm.rule.Rule;
import io.kaiwu.alarm.rule.RuleKind;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alarm_rule table: one row per rule, the columns its kind does not use are NULL. */
@Repository
public class RuleRecords {

	private static final RowMapper<Rule> RULE = (rs, row) -> new Rule(rs.getObject("id", UUID.class),
			TenantId.of(rs.getObject("tenant_id", UUID.class)), rs.getString("name"),
			rs.getObject("device_type_id", UUID.class), rs.getObject("device_id", UUID.class), rs.getString("property"),
			condition(rs), Severity.valueOf(rs.getString("severity")), new MessageTemplate(rs.getString("message_zh")),
			new MessageTemplate(rs.getString("message_en")), rs.getBoolean("enabled"), escalateAfter(rs),
			rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());

	private final JdbcClient jdbc;

	RuleRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static @Nullable Duration escalateAfter(ResultSet rs) throws SQLException {
		long seconds = rs.getLong("escalate_after_seconds");
		return rs.wasNull() ? null : Duration.ofSeconds(seconds);
	}

	private static Condition condition(ResultSet rs) throws SQLException {
		double deadband = rs.getDouble("deadband");
		return switch (RuleKind.valueOf(rs.getString("kind"))) {
			case THRESHOLD -> new Condition.Threshold(Comparison.ofSymbol(rs.getString("comparison")),
					rs.getDouble("limit_value"), deadband);
			case RANGE -> new Condition.Range(rs.getDouble("low_value"), rs.getDouble("high_value"), deadband);
			case RATE_OF_CHANGE -> new Condition.RateOfChange(rs.getDouble("limit_value"), deadband);
			case SUSTAINED -> new Condition.Sustained(Comparison.ofSymbol(rs.getString("comparison")),
					rs.getDouble("limit_value"), deadband, Duration.ofSeconds(rs.getLong("duration_seconds")));
			case NO_DATA -> new Condition.NoData(Duration.ofSeconds(rs.getLong("duration_seconds")));
			case EXPRESSION -> new Condition.Expressed(Expression.parse(rs.getString("expression")),
					(rs.getString("clear_expression") == null) ? null
							: Expression.parse(rs.getString("clear_expression")),
					deadband);
		};
	}

	public Optional<Rule> find(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM alarm_rule WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(RULE)
			.optional();
	}

	public List<Rule> page(TenantId tenant, PageQuery page) {
		return this.jdbc.sql("SELECT * FROM alarm_rule WHERE tenant_id = ? ORDER BY name, id LIMIT ? OFFSET ?")
			.params(tenant.value(), page.size(), page.offset())
			.query(RULE)
			.list();
	}

	public long count(TenantId tenant) {
		return this.jdbc.sql("SELECT COUNT(*) FROM alarm_rule WHERE tenant_id = ?")
			.param(tenant.value())
			.query(Long.class)
			.single();
	}

	/** Every enabled rule of every tenant, for the evaluation. */
	public List<Rule> enabled() {
		return this.jdbc.sql("SELECT * FROM alarm_rule WHERE enabled = TRUE").query(RULE).list();
	}

	public void insert(Rule rule) {
		Columns c = Columns.of(rule.condition());
		this.jdbc
			.sql("INSERT INTO alarm_rule (id, tenant_id, name, device_type_id, device_id, property, kind, comparison,"
					+ " limit_value, low_value, high_value, deadband, duration_seconds, severity, message_zh, message_en,"
					+ " enabled, escalate_after_seconds, created_at, updated_at, expression, clear_expression)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(rule.id(), rule.tenant().value(), rule.name(), rule.deviceTypeId(), rule.deviceId(),
					rule.property(), rule.kind().name(), c.comparison(), c.limit(), c.low(), c.high(), c.deadband(),
					c.durationSeconds(), rule.severity().name(), rule.messageZh().text(), rule.messageEn().text(),
					rule.enabled(), seconds(rule.escalateAfter()), Timestamp.from(rule.createdAt()),
					Timestamp.from(rule.updatedAt()), c.expression(), c.clearExpression())
			.update();
	}

	public void update(Rule rule) {
		Columns c = Columns.of(rule.condition());
		this.jdbc
			.sql("UPDATE alarm_rule SET name = ?, device_type_id = ?, device_id = ?, property = ?, kind = ?,"
					+ " comparison = ?, limit_value = ?, low_value = ?, high_value = ?, deadband = ?,"
					+ " duration_seconds = ?, severity = ?, message_zh = ?, message_en = ?, enabled = ?,"
					+ " escalate_after_seconds = ?, updated_at = ?, expression = ?, clear_expression = ?"
					+ " WHERE tenant_id = ? AND id = ?")
			.params(rule.name(), rule.deviceTypeId(), rule.deviceId(), rule.property(), rule.kind().name(),
					c.comparison(), c.limit(), c.low(), c.high(), c.deadband(), c.durationSeconds(),
					rule.severity().name(), rule.messageZh().text(), rule.messageEn().text(), rule.enabled(),
					seconds(rule.escalateAfter()), Timestamp.from(rule.updatedAt()), c.expression(),
					c.clearExpression(), rule.tenant().value(), rule.id())
			.update();
	}

	private static @Nullable Long seconds(@Nullable Duration duration) {
		return (duration == null) ? null : duration.toSeconds();
	}

	public boolean delete(TenantId tenant, UUID id) {
		return this.jdbc.sql("DELETE FROM alarm_rule WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.update() > 0;
	}

	/** A condition spread over the table's columns. */
	private record Columns(@Nullable String comparison, @Nullable Double limit, @Nullable Double low,
			@Nullable Double high, double deadband, @Nullable Long durationSeconds, @Nullable String expression,
			@Nullable String clearExpression) {

		Columns(@Nullable String comparison, @Nullable Double limit, @Nullable Double low, @Nullable Double high,
				double deadband, @Nullable Long durationSeconds) {
			this(comparison, limit, low, high, deadband, durationSeconds, null, null);
		}

		static Columns of(Condition condition) {
			if (condition instanceof Condition.Expressed e) {
				return new Columns(null, null, null, null, e.deadband(), null, e.expression().text(),
						(e.clearExpression() == null) ? null : e.clearExpression().text());
			}
			if (condition instanceof Condition.Threshold t) {
				return new Columns(t.comparison().symbol(), t.limit(), null, null, t.deadband(), null);
			}
			if (condition instanceof Condition.Range r) {
				return new Columns(null, null, r.low(), r.high(), r.deadband(), null);
			}
			if (condition instanceof Condition.RateOfChange r) {
				return new Columns(null, r.perMinute(), null, null, r.deadband(), null);
			}
			if (condition instanceof Condition.Sustained s) {
				return new Columns(s.comparison().symbol(), s.limit(), null, null, s.deadband(),
						s.duration().toSeconds());
			}
			Condition.NoData n = (Condition.NoData) condition;
			return new Columns(null, null, null, null, 0, n.duration().toSeconds());
		}

	}

}
