package io.kaiwu.quality.inspection.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.kaiwu.shared.KaiwuProblem.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * The field checks of plans, records and mappings: each adds a {@link FieldError} naming
 * the field and answers {@literal null} when the value is bad.
 */
public final class InputChecks {

	private InputChecks() {
	}

	public static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	public static @Nullable String required(@Nullable String value, String field, int max, List<FieldError> errors) {
		if (blank(value)) {
			errors.add(new FieldError(field, "quality.inspection.problem.required"));
			return null;
		}
		return optional(value, field, max, errors);
	}

	public static @Nullable String optional(@Nullable String value, String field, int max, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > max) {
			errors.add(new FieldError(field, "quality.inspection.problem.too-long", max));
			return null;
		}
		return value.strip();
	}

	public static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value, String field,
			List<FieldError> errors) {
		if (blank(value)) {
			errors.add(new FieldError(field, "quality.inspection.problem.required-choice", allowed(type)));
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			errors.add(new FieldError(field, "quality.inspection.problem.choice", value, allowed(type)));
			return null;
		}
	}

	private static String allowed(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}

}
