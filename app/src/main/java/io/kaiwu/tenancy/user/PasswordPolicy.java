package io.kaiwu.tenancy.user;

import java.util.Locale;

import io.kaiwu.shared.KaiwuProblem;

/**
 * What a new password must be: at least 10 characters, not the user name, not the old
 * password. Length beats composition rules (NIST SP 800-63B).
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	private PasswordPolicy() {
	}

	static void check(String field, String username, String password) {
		if (password.length() < MIN_LENGTH) {
			throw new KaiwuProblem.InvalidInput(field, "problem.password.too-short", MIN_LENGTH);
		}
		if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw new KaiwuProblem.InvalidInput(field, "problem.password.contains-username");
		}
	}

}
