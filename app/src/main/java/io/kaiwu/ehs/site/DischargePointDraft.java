package io.kaiwu.ehs.site;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A discharge point as entered; {@code medium} is GAS or WATER. */
public record DischargePointDraft(@Nullable String code, @Nullable String name, @Nullable String medium,
		@Nullable UUID nodeId, @Nullable List<PointDraft> points) {
}
