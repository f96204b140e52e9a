package io.kaiwu.alarm;

import java.util.Locale;
import java.util.Objects;

/**
 * The text of an alarm in both languages, already filled in.
 *
 * @param zh in Chinese.
 * @param en in English.
 */
public record AlarmMessage(String zh, String en) {

	public AlarmMessage {
		Objects.requireNonNull(zh, "zh");
		Objects.requireNonNull(en, "en");
	}

	/** The text for a reader: English for English, Chinese otherwise. */
	public String in(Locale locale) {
		return "en".equals(locale.getLanguage()) && !this.en.isBlank() ? this.en : this.zh;
	}

}
