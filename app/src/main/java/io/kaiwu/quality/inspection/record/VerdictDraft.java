package io.kaiwu.quality.inspection.record;

import org.jspecify.annotations.Nullable;

/**
 * The lot verdict that completes a record.
 *
 * @param verdict ACCEPT or REJECT
 * @param sampleSize units inspected; by default the most units any characteristic saw
 * @param rejected units nonconforming; by default the most any characteristic found (out
 * of spec or counted nonconforming)
 * @param note why, for a rejection especially
 */
public record VerdictDraft(@Nullable String verdict, @Nullable Integer sampleSize, @Nullable Integer rejected,
		@Nullable String note) {
}
