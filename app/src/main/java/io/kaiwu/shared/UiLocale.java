package io.kaiwu.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the UI: 简体中文 (the default) and English. The chosen one lives in the
 * session under {@link #SESSION_ATTRIBUTE} and is remembered per user.
 */
public final class UiLocale {

	public static final String SESSION_ATTRIBUTE = "io.kaiwu.locale";

	public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

	public static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private UiLocale() {
	}

	/**
	 * The supported locale a language tag asks for ({@code en}, {@code en-US},
	 * {@code zh-CN}...).
	 */
	public static Optional<Locale> supported(String tag) {
		Locale asked = Locale.forLanguageTag(tag.replace('_', '-'));
		return SUPPORTED.stream().filter((l) -> l.getLanguage().equals(asked.getLanguage())).findFirst();
	}

}
