package io.kaiwu.tenancy;

import java.util.UUID;

/** Per-user settings other modules may change, such as the remembered UI language. */
public interface UserPreferences {

	/**
	 * Remembers the UI language of a user.
	 * @param user must not be {@literal null}.
	 * @param languageTag for example {@code zh-CN} or {@code en}.
	 */
	void rememberLocale(UUID user, String languageTag);

}
