package io.kaiwu.equipment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * Parts a machine's own counters showed it made in a period (counter increments, resets
 * taken into account). Maintenance plans by usage count from these.
 *
 * @param countId the stored count this event is about: the same however often the event
 * is delivered, so a listener that keeps the ids it counted counts each count once
 * @param equipmentId the machine
 * @param from start of the period
 * @param to end of the period
 * @param goodCount parts counted good
 * @param rejectCount parts counted as rejects
 */
public record PartsCounted(TenantId tenant, UUID countId, UUID equipmentId, Instant from, Instant to, long goodCount,
		long rejectCount) {

	public PartsCounted {
		if (countId == null) {
			// an event stored by the event publication registry before counts had ids
			countId = UUID.nameUUIDFromBytes((equipmentId + "/" + from + "/" + to + "/" + goodCount + "/" + rejectCount)
				.getBytes(StandardCharsets.UTF_8));
		}
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
