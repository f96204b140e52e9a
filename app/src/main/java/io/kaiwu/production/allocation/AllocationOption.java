package io.kaiwu.production.allocation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.kaiwu.production.allocation.kernel.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * A plant that can make an order, with the figures it is ranked by.
 *
 * @param rank its place from 1
 * @param plantId the plant
 * @param plantCode its code
 * @param plantName its name
 * @param routingId the routing version it would be made on
 * @param routingVersion its label
 * @param cost hours per step on the preferred resource (setup included) × its cost per
 * hour
 * @param requiredHours those hours added up
 * @param availableHours working hours of the routing's work centres' resources from now
 * to the end of the due date (shifts less maintenance)
 * @param loadHours hours of released, unfinished work orders queued on those resources
 * @param freeHours available less load, never below zero
 * @param estimatedFinish when the last step would end; {@literal null} when the queued
 * work leaves no room in the look-ahead
 * @param due the end of the due date in the plant's time zone
 * @param onTime whether it would be finished by then
 * @param lateHours how many hours after the due date it would finish
 * @param verdict why it ranks where it does
 * @param why the same in words
 */
public record AllocationOption(int rank, UUID plantId, String plantCode, String plantName, UUID routingId,
		String routingVersion, BigDecimal cost, BigDecimal requiredHours, BigDecimal availableHours,
		BigDecimal loadHours, BigDecimal freeHours, @Nullable Instant estimatedFinish, Instant due, boolean onTime,
		BigDecimal lateHours, Verdict verdict, String why) {
}
