package io.kaiwu.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

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
	 * The language an {@code Accept-Language} header asks for among the supported ones,
	 * or 简体中文 when it names none of them or is absent.
	 */
	public static Locale fromAcceptLanguage(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return DEFAULT;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				Optional<Locale> supported = supported(range.getRange());
				if (supported.isPresent()) {
					return supported.get();
				}
			}
		}
		catch (IllegalArgumentException ex) {
			return DEFAULT;
		}
		return DEFAULT;
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
