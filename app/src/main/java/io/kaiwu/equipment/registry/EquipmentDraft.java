package io.kaiwu.equipment.registry;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A machine as a user enters it; checked by {@link EquipmentChecks}.
 *
 * @param commissionedOn ISO date, e.g. {@code 2024-05-01}
 * @param idealCycleTime ISO-8601 duration, e.g. {@code PT12S}
 */
public record EquipmentDraft(@Nullable String code, @Nullable String name, @Nullable UUID deviceId,
		@Nullable UUID nodeId, @Nullable String model, @Nullable String vendor, @Nullable String serialNumber,
		@Nullable String commissionedOn, @Nullable String criticality, @Nullable String idealCycleTime) {
}
