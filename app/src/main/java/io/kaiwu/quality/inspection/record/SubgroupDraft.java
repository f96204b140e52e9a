package io.kaiwu.quality.inspection.record;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One subgroup as an inspector enters it: measured {@code values} (numbers, or numbers
 * written as text) for a variable characteristic; {@code inspected},
 * {@code nonconforming} and {@code defects} by type for an attribute one. Checked by
 * {@link SubgroupChecks}.
 *
 * @param takenAt ISO-8601 instant it was taken; now when left out
 * @param inspected units inspected; the plan's sample size when left out
 * @param defects defect type → count
 */
public record SubgroupDraft(@Nullable UUID characteristicId, @Nullable List<@Nullable Object> values,
		@Nullable Integer inspected, @Nullable Integer nonconforming, @Nullable Map<String, Integer> defects,
		@Nullable String takenAt) {
}
