package io.kaiwu.energy.hint;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A finding as stored, with where it stands.
 *
 * @param id its id
 * @param state open, done or dismissed; kept when it is worked out again
 * @param finding its figures and evidence as last worked out
 * @param computedAt when they were worked out
 * @param stateChangedAt when someone last marked it done or dismissed
 */
public record Suggestion(UUID id, SuggestionState state, Finding finding, Instant computedAt,
		@Nullable Instant stateChangedAt) {
}
