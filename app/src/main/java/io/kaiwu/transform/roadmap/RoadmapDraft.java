package io.kaiwu.transform.roadmap;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a user gives to have a roadmap proposed.
 *
 * @param approach {@code CHAIN}, {@code WHOLE} or {@code TIERED}; when absent, taken from
 * the enterprise type.
 * @param pack the atlas pack; the general one when absent.
 * @param goals value tags, for example {@code QUALITY}, {@code COST}.
 * @param painPoints pain points picked, each {@code <scenario code>/<index from 1>}.
 * @param discountRate yearly, 0 to 1; 8 % when absent.
 */
public record RoadmapDraft(@Nullable String name, @Nullable String approach, @Nullable String pack,
		@Nullable List<String> goals, @Nullable List<String> painPoints, @Nullable Double discountRate) {
}
