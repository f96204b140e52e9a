package io.kaiwu.maintenance.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * What the browser's form fields send, turned into what the services check: a
 * {@code datetime-local} becomes an ISO instant in the zone maintenance plans count in,
 * numbers stay text when they do not parse so that the service names the bad field.
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

	/**
	 * A number, or {@code -1} for text that is none, which the services refuse by name.
	 */
	static @Nullable BigDecimal decimal(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			return BigDecimal.ONE.negate();
		}
	}

	/** A whole number, or {@code -1} for text that is none. */
	static @Nullable Integer integer(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
