package io.kaiwu.ehs.web;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import io.kaiwu.shared.KaiwuProblem;
import org.jspecify.annotations.Nullable;

/** The month a report is asked for, {@code 2026-11}; this month when none is given. */
final class ReportMonth {

	private ReportMonth() {
	}

	static YearMonth parse(@Nullable String given, ZoneId zone) {
		if (given == null || given.isBlank()) {
			return YearMonth.now(zone);
		}
		try {
			return YearMonth.parse(given.strip());
		}
		catch (DateTimeParseException ex) {
			throw new KaiwuProblem.InvalidInput("month", "problem.ehs.report.month", given);
		}
	}

}
