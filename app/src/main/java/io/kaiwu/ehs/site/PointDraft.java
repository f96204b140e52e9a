package io.kaiwu.ehs.site;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A monitored point as entered.
 *
 * @param thresholds where each grade begins, by {@code blue}, {@code yellow},
 * {@code orange}, {@code red}.
 * @param deadband how far under 蓝 a value must fall to end an exceedance;
 * {@literal null}: 5 % of the 蓝 threshold.
 * @param id when editing, the existing point this is; {@literal null} for a new point.
 */
public record PointDraft(@Nullable String substance, @Nullable UUID deviceId, @Nullable String property,
		@Nullable String unit, @Nullable BigDecimal limit, @Nullable String standard,
		@Nullable Map<String, BigDecimal> thresholds, @Nullable BigDecimal deadband, @Nullable UUID id) {
}
