package io.kaiwu.production.shopfloor;

import org.jspecify.annotations.Nullable;

/**
 * A reason as an engineer enters or changes it.
 *
 * @param kind PAUSE or SCRAP (ignored on change)
 * @param code its code (ignored on change: reports refer to it)
 * @param nameZh its name in Chinese
 * @param nameEn its name in English
 * @param breakdown whether a pause for it is a breakdown
 * @param active whether operators may pick it; none: yes
 * @param sortOrder position in the picker; none: after the others
 */
public record ReasonDraft(@Nullable String kind, @Nullable String code, @Nullable String nameZh,
		@Nullable String nameEn, @Nullable Boolean breakdown, @Nullable Boolean active, @Nullable Integer sortOrder) {
}
