package io.kaiwu.alarm.web;

import java.time.Instant;
import java.util.Map;

import io.kaiwu.alarm.book.AlarmList;
import io.kaiwu.alarm.statistics.AlarmStatistics;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alarm statistics (告警统计) of the signed-in tenant: top originators and rules, counts per
 * severity and per day, and the mean times to acknowledge and to clear.
 */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class AlarmStatisticsApiController {

	private final AlarmList alarms;

	private final OriginatorNames names;

	private final StatisticsZone zones;

	AlarmStatisticsApiController(AlarmList alarms, OriginatorNames names, StatisticsZone zones) {
		this.alarms = alarms;
		this.names = names;
		this.zones = zones;
	}

	/**
	 * @param from start (inclusive): an ISO-8601 date-time with offset, or a date (its
	 * start in the zone); default seven days before {@code to}.
	 * @param to end (exclusive), the same way; default now.
	 * @param zone the IANA zone days are counted in; default the zone of the tenant's
	 * first site, Asia/Shanghai without sites.
	 */
	@GetMapping("/api/v1/alarms/statistics")
	Map<String, Object> statistics(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String zone) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		StatisticsPeriod period = StatisticsPeriod.of(from, to, zone, this.zones.of(tenant), Instant.now());
		AlarmStatistics statistics = this.alarms.statistics(tenant, period.from(), period.to(), period.zone());
		return StatisticsJson.of(statistics, (originator) -> this.names.of(tenant, originator), this.alarms
			.ruleNames(tenant, statistics.topRules().stream().map(AlarmStatistics.RuleCount::ruleId).toList()));
	}

}
