package io.kaiwu.alarm.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.alarm.domain.Alarm;
import io.kaiwu.alarm.domain.HistoryEntry;
import io.kaiwu.alarm.domain.Shelving;
import io.kaiwu.alarm.domain.Stamp;
import io.kaiwu.alarm.domain.StormFold;
import io.kaiwu.alarm.rule.Condition;
import io.kaiwu.alarm.rule.Rule;
import org.jspecify.annotations.Nullable;

/** How alarms and rules look in the REST answers. */
final class AlarmJson {

	private AlarmJson() {
	}

	static Map<String, Object> alarm(Alarm alarm) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", alarm.id());
		json.put("originator", Map.of("kind", alarm.originator().kind(), "id", alarm.originator().id()));
		json.put("ruleId", alarm.ruleId());
		json.put("condition", alarm.condition());
		json.put("severity", alarm.severity());
		json.put("state", alarm.state());
		json.put("message", Map.of("zh", alarm.message().zh(), "en", alarm.message().en()));
		json.put("raisedAt", utc(alarm.raisedAt()));
		json.put("acknowledged", stamp(alarm.acknowledged()));
		json.put("cleared", stamp(alarm.cleared()));
		json.put("escalateAt", (alarm.escalateAt() == null) ? null : utc(alarm.escalateAt()));
		Shelving shelving = alarm.shelving();
		json.put("shelved",
				(shelving == null || !shelving.hidesAt(Instant.now())) ? null : Map.of("by", shelving.stamp().by(),
						"at", utc(shelving.stamp().at()), "until", utc(shelving.until()), "reason", shelving.reason()));
		json.put("escalatedAt", (alarm.escalatedAt() == null) ? null : utc(alarm.escalatedAt()));
		// ISA-18.2 suppressed by design: recorded, not annunciated, never escalated
		json.put("suppressed", (alarm.suppression() == null) ? null : Map.of("reason", alarm.suppression()));
		return json;
	}

	/** With its history and, for a storm alarm, what was folded into it. */
	static Map<String, Object> alarm(Alarm alarm, List<HistoryEntry> history, List<StormFold> folds) {
		Map<String, Object> json = alarm(alarm);
		json.put("storm",
				!alarm.storm() ? null
						: Map.of("folded", folds.stream().mapToInt(StormFold::folded).sum(), "rules", folds.stream()
							.map((f) -> Map.of("ruleId", f.ruleId(), "name", f.ruleName(), "folded", f.folded()))
							.toList()));
		json.put("history", history.stream().map((h) -> {
			Map<String, Object> step = new LinkedHashMap<>();
			step.put("action", h.action());
			step.put("by", h.stamp().by());
			step.put("at", utc(h.stamp().at()));
			step.put("state", h.state());
			return step;
		}).toList());
		return json;
	}

	static Map<String, Object> rule(Rule rule) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", rule.id());
		json.put("name", rule.name());
		json.put("deviceTypeId", rule.deviceTypeId());
		json.put("deviceId", rule.deviceId());
		json.put("property", rule.property());
		json.put("kind", rule.kind());
		Condition condition = rule.condition();
		if (condition instanceof Condition.Threshold t) {
			json.put("comparison", t.comparison().symbol());
			json.put("limit", t.limit());
			json.put("deadband", t.deadband());
		}
		else if (condition instanceof Condition.Range r) {
			json.put("low", r.low());
			json.put("high", r.high());
			json.put("deadband", r.deadband());
		}
		else if (condition instanceof Condition.RateOfChange r) {
			json.put("perMinute", r.perMinute());
			json.put("deadband", r.deadband());
		}
		else if (condition instanceof Condition.Sustained s) {
			json.put("comparison", s.comparison().symbol());
			json.put("limit", s.limit());
			json.put("deadband", s.deadband());
			json.put("duration", s.duration().toString());
		}
		else if (condition instanceof Condition.NoData n) {
			json.put("duration", n.duration().toString());
		}
		else if (condition instanceof Condition.Expressed e) {
			json.put("expression", e.expression().text());
			json.put("clearExpression", (e.clearExpression() == null) ? null : e.clearExpression().text());
			json.put("properties", rule.properties());
			json.put("deadband", e.deadband());
		}
		json.put("severity", rule.severity());
		json.put("messageZh", rule.messageZh().text());
		json.put("messageEn", rule.messageEn().text());
		json.put("enabled", rule.enabled());
		json.put("escalateAfter", (rule.escalateAfter() == null) ? null : rule.escalateAfter().toString());
		json.put("createdAt", utc(rule.createdAt()));
		json.put("updatedAt", utc(rule.updatedAt()));
		return json;
	}

	private static @Nullable Map<String, Object> stamp(@Nullable Stamp stamp) {
		return (stamp == null) ? null : Map.of("by", stamp.by(), "at", utc(stamp.at()));
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

}
