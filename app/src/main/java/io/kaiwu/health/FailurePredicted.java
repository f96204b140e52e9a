package io.kaiwu.health;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * The health monitor of a machine warns of a coming failure: a degradation trend will
 * reach the failure threshold, most likely at {@code failureAt}, at the earliest at
 * {@code earliest}. Maintenance creates a predictive maintenance order from it.
 *
 * @param tenant whose machine
 * @param equipmentId the machine
 * @param warningId the warning, to find it again
 * @param at when the warning was given (the time of the sample that gave it)
 * @param failureAt the most likely failure time
 * @param earliest the early end of the 90 % band
 * @param latest the late end of the band
 * @param healthIndex the health index at the warning, 0–100
 */
public record FailurePredicted(TenantId tenant, UUID equipmentId, UUID warningId, Instant at, Instant failureAt,
		Instant earliest, Instant latest, double healthIndex) {
}
