package io.kaiwu.quality.inspection.telemetry;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A mapping as an engineer enters it.
 *
 * @param deviceId the device (device registry)
 * @param property a numeric property of the device's thing model
 * @param characteristicId a variable characteristic of an inspection plan
 * @param active false pauses it; true when left out
 */
public record MappingDraft(@Nullable UUID deviceId, @Nullable String property, @Nullable UUID characteristicId,
		@Nullable Boolean active) {
}
