package io.kaiwu.ehs.site;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A hazardous source as entered; {@code level} is ONE..FOUR (一级..四级). */
public record HazardSourceDraft(@Nullable String code, @Nullable String name, @Nullable String level,
		@Nullable UUID nodeId, @Nullable List<String> substances, @Nullable List<PointDraft> points) {
}
