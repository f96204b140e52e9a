package io.kaiwu.ehs.inspection;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** How a checklist item was answered in an inspection, with the inspector's note. */
public record Answer(UUID itemId, Outcome outcome, @Nullable String note) {
}
