package io.kaiwu.ehs.emergency;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A plan as entered; {@code kind} is COMPREHENSIVE, SPECIAL or ON_SITE, {@code reviewDue}
 * a day such as {@code 2027-06-30}.
 */
public record PlanDraft(@Nullable String code, @Nullable String name, @Nullable UUID siteId, @Nullable String kind,
		@Nullable List<UUID> sourceIds, @Nullable List<String> responseLevels, @Nullable List<String> contacts,
		@Nullable String reviewDue) {
}
