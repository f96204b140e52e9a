package io.kaiwu.equipment;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * Parts a machine's own counters showed it made in a period (counter increments, resets
 * taken into account). Maintenance plans by usage count from these.
 *
 * @param equipmentId the machine
 * @param from start of the period
 * @param to end of the period
 * @param goodCount parts counted good
 * @param rejectCount parts counted as rejects
 */
public record PartsCounted(TenantId tenant, UUID equipmentId, Instant from, Instant to, long goodCount,
		long rejectCount) {

	public PartsCounted {
		if (goodCount < 0 || rejectCount < 0) {
			throw new IllegalArgumentException("counted parts must not be negative");
		}
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("the counted period must not end before it starts");
		}
	}

	/** Good and rejected parts together. */
	public long totalCount() {
		return this.goodCount + this.rejectCount;
	}

}
