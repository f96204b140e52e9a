package io.kaiwu.equipment.signals;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.kaiwu.equipment.state.StateMapping;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * How one machine's signals are read.
 *
 * @param equipmentId the machine
 * @param state which property gives its state, and how
 * @param goodCounter the running counter of good parts; {@literal null} when none
 * @param rejectCounter the running counter of rejected parts; {@literal null} when none
 * @param minorStopThreshold a {@code DOWN} stop shorter than this is a minor stop (a
 * performance loss), not a breakdown; {@literal null}: every stop is a breakdown
 */
public record SignalMapping(UUID equipmentId, TenantId tenant, StateMapping state, @Nullable String goodCounter,
		@Nullable String rejectCounter, @Nullable Duration minorStopThreshold, Instant updatedAt) {
}
