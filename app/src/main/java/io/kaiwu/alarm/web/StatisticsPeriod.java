package io.kaiwu.alarm.web;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import io.kaiwu.shared.KaiwuProblem;
import org.jspecify.annotations.Nullable;

/**
 * The period and zone of alarm statistics as a user gives them: {@code from} and
 * {@code to} as ISO-8601 date-times with offset or as dates (the start of that day in the
 * zone); by default the last seven days up to now. At most 366 days. Without a zone, the
 * one given by {@link StatisticsZone} (the tenant's first site's).
 */
record StatisticsPeriod(Instant from, Instant to, ZoneId zone) {

	static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

	static final Duration LONGEST = Duration.ofDays(366);

	static StatisticsPeriod of(@Nullable String from, @Nullable String to, @Nullable String zone, ZoneId otherwise,
			Instant now) {
		ZoneId in = zone(zone, otherwise);
		Instant end = (to == null || to.isBlank()) ? now : instant(to, "to", in);
		Instant start = (from == null || from.isBlank()) ? end.minus(Duration.ofDays(7)) : instant(from, "from", in);
		if (!end.isAfter(start) || Duration.between(start, end).compareTo(LONGEST) > 0) {
			throw new KaiwuProblem.InvalidInput("to", "problem.alarm.statistics-period", start, end);
		}
		return new StatisticsPeriod(start, end, in);
	}

	private static ZoneId zone(@Nullable String zone, ZoneId otherwise) {
		if (zone == null || zone.isBlank()) {
			return otherwise;
		}
		try {
			return ZoneId.of(zone.strip());
		}
		catch (DateTimeException ex) {
			throw new KaiwuProblem.InvalidInput("zone", "problem.alarm.statistics-zone", zone);
		}
	}

	private static Instant instant(String text, String field, ZoneId zone) {
		String value = text.strip();
		try {
			if (value.length() == 10) {
				return LocalDate.parse(value).atStartOfDay(zone).toInstant();
			}
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new KaiwuProblem.InvalidInput(field, "problem.alarm.statistics-time", text);
		}
	}

}
