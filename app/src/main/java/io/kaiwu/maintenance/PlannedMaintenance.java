package io.kaiwu.maintenance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * The maintenance windows (维护窗口) planned on a machine, as production scheduling reads
 * them: a machine does no production work while one of its maintenance orders is planned
 * to run.
 */
public interface PlannedMaintenance {

	/**
	 * The planned windows of a machine's maintenance orders that overlap
	 * {@code [from, to)}: orders that are not cancelled or closed and have a planned
	 * start and end.
	 * @param tenant whose machine.
	 * @param equipmentId the machine.
	 * @param from start of the span.
	 * @param to end of the span.
	 * @return the windows, clipped to the span, sorted by start; empty when none.
	 */
	List<Window> windows(TenantId tenant, UUID equipmentId, Instant from, Instant to);

	/**
	 * One planned maintenance window.
	 *
	 * @param orderId the maintenance order
	 * @param orderNumber its number or title, for showing
	 * @param start planned start
	 * @param end planned end
	 */
	record Window(UUID orderId, String orderNumber, Instant start, Instant end) {
	}

}
