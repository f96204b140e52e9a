package io.kaiwu.ehs.emergency;

import java.util.List;
import java.util.UUID;

import io.kaiwu.ehs.inspection.FindingDraft;
import org.jspecify.annotations.Nullable;

/** A drill as entered, with the findings it brought up (each rectified and verified). */
public record DrillDraft(@Nullable UUID planId, @Nullable String drilledOn, @Nullable String scenario,
		@Nullable Integer participants, @Nullable Integer durationMinutes, @Nullable String evaluation,
		@Nullable List<FindingDraft> findings) {
}
