package io.kaiwu.production.shopfloor;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A reason from the tenant's catalogue that an operator picks: why work paused, or why
 * units were scrapped.
 *
 * @param id the reason
 * @param kind pause or scrap
 * @param code its code, unique per kind in the tenant, stored on the reports
 * @param nameZh its name in Chinese
 * @param nameEn its name in English, when given
 * @param breakdown whether a pause for it means the machine broke down (signals a
 * deviation to scheduling)
 * @param active whether operators may still pick it
 * @param sortOrder position in the picker, low first
 */
public record Reason(UUID id, Kind kind, String code, String nameZh, @Nullable String nameEn, boolean breakdown,
		boolean active, int sortOrder) {

	/** The name in the reader's language; Chinese when no English name was given. */
	public String name(Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.nameEn != null) ? this.nameEn : this.nameZh;
	}

	/** What a reason explains. */
	public enum Kind {

		/** 暂停原因 */
		PAUSE,
		/** 报废原因 */
		SCRAP

	}

}
