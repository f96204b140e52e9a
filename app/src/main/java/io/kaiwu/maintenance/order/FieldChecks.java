package io.kaiwu.maintenance.order;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.kaiwu.shared.KaiwuProblem.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * The field checks orders and plans share: each adds a {@link FieldError} naming the
 * field and answers {@literal null} when the value is bad.
 */
public final class FieldChecks {

	private FieldChecks() {
	}

	public static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	public static @Nullable String required(@Nullable String value, String field, int max, List<FieldError> errors) {
		if (blank(value)) {
			errors.add(new FieldError(field, "problem.maintenance.required"));
			return null;
		}
		return optional(value, field, max, errors);
	}

	public static @Nullable String optional(@Nullable String value, String field, int max, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > max) {
			errors.add(new FieldError(field, "problem.maintenance.too-long", max));
			return null;
		}
		return value.strip();
	}

	public static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value, String field,
			List<FieldError> errors) {
		if (blank(value)) {
			errors.add(new FieldError(field, "problem.maintenance.required"));
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
			errors.add(new FieldError(field, "problem.maintenance.choice", value, allowed));
			return null;
		}
	}

	public static @Nullable Instant instant(@Nullable String value, String field, List<FieldError> errors) {
		if (blank(value)) {
			return null;
		}
		try {
			return Instant.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError(field, "problem.maintenance.instant", value));
			return null;
		}
	}

}
