package io.kaiwu.transform.cycle;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What a user gives to start or change a cycle; checked by {@link RunningCycles}. */
public record CycleDraft(@Nullable String name, @Nullable UUID roadmapId, @Nullable Integer roadmapPhase,
		@Nullable UUID evaluationId) {
}
