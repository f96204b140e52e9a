package io.kaiwu.ehs.inspection;

import org.jspecify.annotations.Nullable;

/**
 * A finding as entered, from an inspection item or a drill.
 *
 * @param severity {@code GENERAL} (一般隐患) or {@code MAJOR} (重大隐患).
 * @param responsible who must rectify it.
 * @param deadline the last day to rectify it, {@code 2026-12-10}; not before the day it
 * was found.
 */
public record FindingDraft(@Nullable String severity, @Nullable String description, @Nullable String location,
		@Nullable String responsible, @Nullable String deadline) {
}
