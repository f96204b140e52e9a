package io.kaiwu.quality.trace;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.quality.Genealogy.Consumed;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A recorded production step: what it consumed to make what, where, by whom, when.
 *
 * @param id the step
 * @param tenant whose
 * @param operation the operation (工序)
 * @param equipmentId the machine, when known
 * @param operator who ran it, when known
 * @param workOrder production's work order reference
 * @param startedAt start of its time window
 * @param endedAt end of its time window
 * @param recordedBy who recorded it
 * @param recordedAt when
 * @param consumed lots and serials consumed, with quantities
 * @param produced lots and serials made
 */
public record ProductionStep(UUID id, TenantId tenant, String operation, @Nullable UUID equipmentId,
		@Nullable String operator, @Nullable String workOrder, Instant startedAt, Instant endedAt, String recordedBy,
		Instant recordedAt, List<Consumed> consumed, List<UUID> produced) {

	public ProductionStep {
		consumed = List.copyOf(consumed);
		produced = List.copyOf(produced);
	}

}
