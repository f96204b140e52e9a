package io.kaiwu.ehs.inspection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One thing that happened to a finding: {@code RAISED}, {@code RECTIFIED} (the measure),
 * {@code REJECTED} (the reason) or {@code VERIFIED} (the note).
 */
public record FindingStep(String action, String actor, Instant at, @Nullable String note) {
}
