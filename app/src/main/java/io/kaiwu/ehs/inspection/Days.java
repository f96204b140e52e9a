package io.kaiwu.ehs.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.kaiwu.shared.KaiwuProblem.FieldError;
import org.jspecify.annotations.Nullable;

/** Calendar days as entered ({@code 2026-11-26}), refused by field when they are none. */
public final class Days {

	private Days() {
	}

	public static @Nullable LocalDate required(@Nullable String value, String field, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "problem.field.required"));
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError(field, "ehs.inspection.problem.day", value));
			return null;
		}
	}

}
