package io.kaiwu.production.resource;

import java.util.List;
import java.util.regex.Pattern;

import io.kaiwu.shared.KaiwuProblem;
import org.jspecify.annotations.Nullable;

/** The checks every code and name of production master data passes. */
public final class Codes {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._/-]{1,50}");

	private Codes() {
	}

	/** A trimmed code of letters, digits and {@code . _ - /}, at most 50 long. */
	public static String code(@Nullable String value, String field, List<KaiwuProblem.FieldError> errors) {
		String code = (value != null) ? value.strip() : "";
		if (!CODE.matcher(code).matches()) {
			errors.add(new KaiwuProblem.FieldError(field, "production.problem.code-format"));
		}
		return code;
	}

}
