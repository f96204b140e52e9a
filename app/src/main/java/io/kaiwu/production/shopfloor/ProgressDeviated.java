package io.kaiwu.production.shopfloor;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * The shop floor deviates from the plan, so the schedule may need repair: a work order
 * finished later than planned, or paused for a breakdown. Published inside the reporting
 * transaction, for production's scheduling (APS) to listen to; not for other modules.
 *
 * @param tenant whose work order
 * @param workOrderId the work order
 * @param workOrderNumber its number
 * @param resourceId the resource it ran on, when known
 * @param cause what happened
 * @param at when it happened on the shop floor
 * @param plannedEnd when it was planned to end ({@link Cause#LATE_FINISH}); otherwise
 * {@literal null}
 * @param reasonCode the pause reason's code ({@link Cause#BREAKDOWN}); otherwise
 * {@literal null}
 */
public record ProgressDeviated(TenantId tenant, UUID workOrderId, String workOrderNumber, @Nullable UUID resourceId,
		Cause cause, Instant at, @Nullable Instant plannedEnd, @Nullable String reasonCode) {

	/** Why the plan no longer holds. */
	public enum Cause {

		/** The work order finished after its planned end. */
		LATE_FINISH,
		/** The work order paused for a reason marked as a breakdown. */
		BREAKDOWN

	}

}
