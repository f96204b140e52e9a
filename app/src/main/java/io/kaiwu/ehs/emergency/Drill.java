package io.kaiwu.ehs.emergency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A drill (应急演练) of a plan: when, what was rehearsed, who took part, how it went. */
public record Drill(UUID id, UUID planId, LocalDate drilledOn, String scenario, int participants, int durationMinutes,
		String evaluation, String createdBy, Instant createdAt) {
}
