package io.kaiwu.production.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * What finite-capacity scheduling (APS) plans: the released production orders that still
 * have work to do, each with its unfinished work orders and the resources that can do
 * them.
 */
public interface OrdersToPlan {

	/**
	 * The released production orders with at least one unfinished work order, by due
	 * date.
	 * @param tenant whose orders.
	 * @return the orders; empty when none.
	 */
	List<OrderToPlan> released(TenantId tenant);

	/**
	 * A production order to schedule.
	 *
	 * @param id the production order
	 * @param number its number
	 * @param itemId the item it makes
	 * @param plantId the plant it is made in
	 * @param family the product family (产品族) of its routing, for sequence-dependent
	 * setups
	 * @param startDate when it may start (material available), in the plant's days
	 * @param dueDate when it is due
	 * @param priority 1 most urgent .. 9 least; 5 normal
	 * @param steps its unfinished work orders in routing order
	 */
	record OrderToPlan(UUID id, String number, UUID itemId, UUID plantId, String family, LocalDate startDate,
			LocalDate dueDate, int priority, List<Step> steps) {

		public OrderToPlan {
			steps = List.copyOf(steps);
		}

	}

	/**
	 * One unfinished work order.
	 *
	 * @param workOrderId the work order
	 * @param number its number
	 * @param sequence its operation's sequence
	 * @param operationCode its operation's code
	 * @param workCentreId the work centre it runs in
	 * @param resources the resources that can do it with their speed factor, preferred
	 * first (one, the work order's own, when it has started)
	 * @param openQuantity what is left to make
	 * @param setup the step's own setup time, used when the work centre has no setup
	 * matrix
	 * @param runPerUnit run time per unit on a resource of speed 1
	 * @param transferBatch units passed on before the step finishes, or {@literal null}
	 * @param started whether it is running or paused (it stays on its resource)
	 * @param startedAt when it started, when it has
	 */
	record Step(UUID workOrderId, String number, int sequence, String operationCode, UUID workCentreId,
			List<Alternative> resources, BigDecimal openQuantity, Duration setup, Duration runPerUnit,
			@Nullable BigDecimal transferBatch, boolean started, @Nullable Instant startedAt) {

		public Step {
			resources = List.copyOf(resources);
		}

	}

	/**
	 * A resource that can do a step.
	 *
	 * @param resourceId the resource
	 * @param speedFactor how fast it runs relative to the step's run time
	 */
	record Alternative(UUID resourceId, BigDecimal speedFactor) {
	}

}
