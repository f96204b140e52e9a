package io.kaiwu.production.order;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * When the active schedule has a work order run: shop-floor reporting orders its dispatch
 * cards by it and tells a late finish from it. Implemented by scheduling (APS).
 */
public interface PlannedTimes {

	/**
	 * The work order's place in the active schedule.
	 * @param tenant whose work order.
	 * @param workOrderId the work order.
	 * @return empty when there is no active schedule or the work order is not in it.
	 */
	Optional<Planned> of(TenantId tenant, UUID workOrderId);

	/**
	 * Several work orders' places in the active schedule, read at once.
	 * @param tenant whose work orders.
	 * @param workOrderIds the work orders.
	 * @return the places of those in the active schedule, by work order.
	 */
	Map<UUID, Planned> of(TenantId tenant, Collection<UUID> workOrderIds);

	/**
	 * A work order's place in the active schedule.
	 *
	 * @param resourceId the resource it is planned on
	 * @param start its planned start
	 * @param end its planned end
	 */
	record Planned(UUID resourceId, Instant start, Instant end) {
	}

}
