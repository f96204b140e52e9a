package io.kaiwu.transform.atlas;

import java.util.Locale;
import java.util.Objects;

/**
 * A piece of atlas content in both UI languages, as the pack file gives it.
 *
 * @param zh the simplified Chinese text (the default language).
 * @param en the English text.
 */
public record Text(String zh, String en) {

	public Text {
		Objects.requireNonNull(zh, "zh");
		Objects.requireNonNull(en, "en");
	}

	/** The text in the reader's language: English for {@code en}, Chinese otherwise. */
	public String in(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.en : this.zh;
	}

}
