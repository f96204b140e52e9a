package io.kaiwu.shared;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.kaiwu.shared.KaiwuProblem.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * The checks every form and request body makes on its plain fields: each adds a
 * {@link FieldError} naming the field (texts under {@code problem.field.*}) and answers
 * {@literal null} when the value is bad, so one request reports all its faults at once.
 */
public final class FieldChecks {

	private FieldChecks() {
	}

	public static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	/** A text that must be given, stripped, at most {@code max} characters. */
	public static @Nullable String required(@Nullable String value, String field, int max, List<FieldError> errors) {
		if (blank(value)) {
			errors.add(new FieldError(field, "problem.field.required"));
			return null;
		}
		return optional(value, field, max, errors);
	}

	/**
	 * A text that may be left out (then {@literal null}), stripped, at most {@code max}.
	 */
	public static @Nullable String optional(@Nullable String value, String field, int max, List<FieldError> errors) {
		if (blank(value)) {
			return null;
		}
		if (value.strip().length() > max) {
			errors.add(new FieldError(field, "problem.field.too-long", max));
			return null;
		}
		return value.strip();
	}

	/**
	 * One of an enum's constants, by name, case-insensitive, with {@code -} for
	 * {@code _}; the refusal lists the allowed names.
	 */
	public static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value, String field,
			List<FieldError> errors) {
		if (blank(value)) {
			errors.add(new FieldError(field, "problem.field.required-choice", allowed(type)));
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			errors.add(new FieldError(field, "problem.field.choice", value, allowed(type)));
			return null;
		}
	}

	/** An ISO-8601 instant that may be left out (then {@literal null}). */
	public static @Nullable Instant instant(@Nullable String value, String field, List<FieldError> errors) {
		if (blank(value)) {
			return null;
		}
		try {
			return Instant.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError(field, "problem.field.instant", value));
			return null;
		}
	}

	private static String allowed(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}

}
