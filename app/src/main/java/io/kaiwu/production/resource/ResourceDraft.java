package io.kaiwu.production.resource;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a client sends to create or change a resource.
 *
 * @param workCentreId the work centre it belongs to
 * @param code its code, unique in the tenant
 * @param name its name
 * @param equipmentId the machine it is; {@literal null} for a resource without one (a
 * manual workplace, say)
 * @param costPerHour what an hour on it costs; {@literal null} for 0
 */
public record ResourceDraft(@Nullable UUID workCentreId, @Nullable String code, @Nullable String name,
		@Nullable UUID equipmentId, @Nullable BigDecimal costPerHour) {
}
