package io.kaiwu.equipment;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * The contract for output reported on a machine (报工): the production module will publish
 * it; OEE then counts these parts instead of the device's counters.
 *
 * @param equipmentId the machine the parts were made on
 * @param from start of the reported period
 * @param to end of the reported period
 * @param goodCount parts right first time
 * @param rejectCount parts rejected
 */
public record ReportedOutput(TenantId tenant, UUID equipmentId, Instant from, Instant to, long goodCount,
		long rejectCount) {

	public ReportedOutput {
		if (goodCount < 0 || rejectCount < 0) {
			throw new IllegalArgumentException("reported counts must not be negative");
		}
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("the reported period must not end before it starts");
		}
	}

}
