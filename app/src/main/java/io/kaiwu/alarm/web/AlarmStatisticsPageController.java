package io.kaiwu.alarm.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.alarm.Severity;
import io.kaiwu.alarm.book.AlarmList;
import io.kaiwu.alarm.statistics.AlarmStatistics;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The alarm statistics page: bar charts of the top originators and rules, the counts per
 * severity and per day, and MTTA and MTTR, for a period of days.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class AlarmStatisticsPageController {

	private final AlarmList alarms;

	private final OriginatorNames names;

	private final MessageSource messages;

	private final JsonMapper json;

	private final StatisticsZone zones;

	AlarmStatisticsPageController(AlarmList alarms, OriginatorNames names, MessageSource messages, JsonMapper json,
			StatisticsZone zones) {
		this.alarms = alarms;
		this.names = names;
		this.messages = messages;
		this.json = json;
		this.zones = zones;
	}

	/**
	 * @param from the first day; default six days before {@code to}.
	 * @param to the last day (inclusive); default today.
	 */
	@GetMapping("/alarms/statistics")
	String statistics(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String zone,
			Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		ZoneId otherwise = this.zones.of(tenant);
		StatisticsPeriod today = StatisticsPeriod.of(null, null, zone, otherwise, Instant.now());
		LocalDate last = (to == null || to.isBlank()) ? LocalDate.ofInstant(today.to(), today.zone()) : day(to, "to");
		LocalDate first = (from == null || from.isBlank()) ? last.minusDays(6) : day(from, "from");
		StatisticsPeriod period = StatisticsPeriod.of(first.toString(), last.plusDays(1).toString(), zone, otherwise,
				Instant.now());
		AlarmStatistics statistics = this.alarms.statistics(tenant, period.from(), period.to(), period.zone());
		Map<UUID, String> ruleNames = this.alarms.ruleNames(tenant,
				statistics.topRules().stream().map(AlarmStatistics.RuleCount::ruleId).toList());
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("statistics", statistics);
		model.addAttribute("from", first.toString());
		model.addAttribute("to", last.toString());
		model.addAttribute("mtta", minutes(statistics.meanTimeToAcknowledge()));
		model.addAttribute("mttr", minutes(statistics.meanTimeToClear()));
		model.addAttribute("originatorsChart",
				bars(statistics.topOriginators()
					.stream()
					.map((c) -> Map.entry(this.names.of(tenant, c.originator()), c.count()))
					.toList()));
		model.addAttribute("rulesChart",
				bars(statistics.topRules()
					.stream()
					.map((c) -> Map.entry(ruleNames.getOrDefault(c.ruleId(), c.ruleId().toString()), c.count()))
					.toList()));
		model.addAttribute("severityChart",
				bars(statistics.bySeverity()
					.entrySet()
					.stream()
					.map((e) -> Map.entry(severity(e.getKey(), locale), e.getValue()))
					.toList()));
		model.addAttribute("dayChart",
				bars(statistics.perDay()
					.stream()
					.map((d) -> Map.entry(d.day().toString().substring(5), d.count()))
					.toList()));
		return "alarm/statistics";
	}

	private static LocalDate day(String text, String field) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new io.kaiwu.shared.KaiwuProblem.InvalidInput(field, "problem.alarm.statistics-time", text);
		}
	}

	private String severity(Severity severity, Locale locale) {
		return this.messages.getMessage("alarm.severity." + severity.name(), null, severity.name(), locale);
	}

	/** A mean time in minutes with one decimal; empty when there is none. */
	private static String minutes(@Nullable Duration duration) {
		return (duration == null) ? "—" : String.format(Locale.ROOT, "%.1f", duration.toMillis() / 60000.0);
	}

	/** A bar chart's data for charts.js: labels and values. */
	private String bars(List<Map.Entry<String, Long>> bars) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("labels", bars.stream().map(Map.Entry::getKey).toList());
		data.put("values", bars.stream().map(Map.Entry::getValue).toList());
		return this.json.writeValueAsString(data);
	}

}
