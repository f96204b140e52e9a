package io.kaiwu.quality.charting;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.quality.spc.FrozenLimits;
import org.jspecify.annotations.Nullable;

/**
 * Limits frozen from a baseline, as kept in the history.
 *
 * @param id the limits
 * @param limits what phase I estimated
 * @param baselineFrom when the first baseline subgroup was taken
 * @param baselineTo when the last one was taken
 * @param reason why they were (re)computed
 * @param computedBy who computed them
 * @param computedAt when
 */
public record StoredLimits(UUID id, FrozenLimits limits, Instant baselineFrom, Instant baselineTo,
		@Nullable String reason, String computedBy, Instant computedAt) {
}
