package io.kaiwu.maintenance.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import io.kaiwu.shared.KaiwuProblem;
import org.jspecify.annotations.Nullable;

/**
 * What the browser's form fields send, turned into what the services check: a
 * {@code datetime-local} becomes an ISO instant in the zone maintenance plans count in,
 * and text where a number belongs is refused naming the field.
 */
final class Forms {

	private Forms() {
	}

	/**
	 * {@code 2026-03-02T08:00} (a datetime-local field) in Asia/Shanghai →
	 * {@code 2026-03-02T00:00:00Z}.
	 */
	static @Nullable String instant(@Nullable String local, ZoneId zone) {
		if (local == null || local.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(local.strip()).atZone(zone).toInstant().toString();
		}
		catch (DateTimeParseException ex) {
			return local;
		}
	}

	/** A number; text that is none is refused naming the field. */
	static @Nullable BigDecimal decimal(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new KaiwuProblem.InvalidInput(field, "problem.maintenance.number", value);
		}
	}

	/** A whole number; text that is none is refused naming the field. */
	static @Nullable Integer integer(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new KaiwuProblem.InvalidInput(field, "problem.maintenance.number", value);
		}
	}

}
