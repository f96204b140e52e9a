package io.kaiwu.maintenance.order;

import org.jspecify.annotations.Nullable;

/** Labour to record: who (the signed-in user when left out) and how many minutes. */
public record LabourDraft(@Nullable String person, @Nullable Integer minutes) {
}
