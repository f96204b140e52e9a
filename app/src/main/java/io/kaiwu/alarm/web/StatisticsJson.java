package io.kaiwu.alarm.web;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.kaiwu.alarm.Originator;
import io.kaiwu.alarm.statistics.AlarmStatistics;
import org.jspecify.annotations.Nullable;

/**
 * How alarm statistics look in the REST answer, with the names of originators and rules.
 */
final class StatisticsJson {

	private StatisticsJson() {
	}

	static Map<String, Object> of(AlarmStatistics statistics, Function<Originator, String> originatorName,
			Map<UUID, String> ruleNames) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("from", statistics.from().atOffset(ZoneOffset.UTC));
		json.put("to", statistics.to().atOffset(ZoneOffset.UTC));
		json.put("zone", statistics.zone().getId());
		json.put("total", statistics.total());
		json.put("topOriginators",
				statistics.topOriginators()
					.stream()
					.map((c) -> Map.of("kind", c.originator().kind(), "id", c.originator().id(), "name",
							originatorName.apply(c.originator()), "count", c.count()))
					.toList());
		json.put("topRules",
				statistics.topRules()
					.stream()
					.map((c) -> Map.of("ruleId", c.ruleId(), "name",
							ruleNames.getOrDefault(c.ruleId(), c.ruleId().toString()), "count", c.count()))
					.toList());
		json.put("bySeverity", statistics.bySeverity());
		json.put("perDay",
				statistics.perDay()
					.stream()
					.map((d) -> Map.of("day", d.day().toString(), "count", d.count()))
					.toList());
		json.put("acknowledged", statistics.acknowledged());
		json.put("meanTimeToAcknowledge", duration(statistics.meanTimeToAcknowledge()));
		json.put("cleared", statistics.cleared());
		json.put("meanTimeToClear", duration(statistics.meanTimeToClear()));
		return json;
	}

	/** A mean time in seconds and as ISO-8601; {@literal null} when there is none. */
	private static @Nullable Map<String, Object> duration(@Nullable Duration duration) {
		return (duration == null) ? null : Map.of("seconds", duration.toMillis() / 1000.0, "iso", duration.toString());
	}

}
