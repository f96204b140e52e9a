package io.kaiwu.ehs.inspection;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of a checklist: what to check, its category (e.g. 消防安全, 电气安全) and the rule it
 * comes from, when given (e.g. GB 50016-2014 §6.4).
 */
public record ChecklistItem(UUID id, int position, String text, String category, @Nullable String legalBasis) {
}
