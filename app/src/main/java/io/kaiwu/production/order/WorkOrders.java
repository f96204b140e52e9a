package io.kaiwu.production.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Work orders (工单): one per operation of a released production order. Shop-floor
 * reporting reads them and records progress on them; scheduling reads them.
 */
public interface WorkOrders {

	/**
	 * One work order.
	 * @param tenant whose work order.
	 * @param workOrderId the work order.
	 * @return empty when the tenant has none such.
	 */
	Optional<WorkOrder> workOrder(TenantId tenant, UUID workOrderId);

	/**
	 * One work order by its number.
	 * @param tenant whose work order.
	 * @param number its number.
	 * @return empty when the tenant has none such.
	 */
	Optional<WorkOrder> byNumber(TenantId tenant, String number);

	/**
	 * The work orders of a set of production orders, read at once (a schedule's rows).
	 * @param tenant whose work orders.
	 * @param productionOrderIds the production orders; ids of another tenant are left
	 * out.
	 * @return their work orders, in production order number and sequence.
	 */
	List<WorkOrder> ofOrders(TenantId tenant, Collection<UUID> productionOrderIds);

	/**
	 * The work orders that are released, running or paused, in production order and
	 * sequence.
	 * @param tenant whose work orders.
	 * @return the open work orders.
	 */
	List<WorkOrder> open(TenantId tenant);

	/**
	 * Records what the shop floor reported on a work order. The quantities add up; the
	 * status follows the report.
	 * @param tenant whose work order.
	 * @param workOrderId the work order.
	 * @param progress what was reported.
	 * @return the work order after the report.
	 */
	WorkOrder recordProgress(TenantId tenant, UUID workOrderId, Progress progress);

	/** Where a work order stands. */
	enum Status {

		/** 已下达: released to the shop floor, not started. */
		RELEASED,
		/** 进行中 */
		RUNNING,
		/** 暂停 */
		PAUSED,
		/** 已完工 */
		FINISHED

	}

	/**
	 * A work order as the rest of production sees it.
	 *
	 * @param id the work order
	 * @param number its number, unique in the tenant
	 * @param productionOrderId the production order it belongs to
	 * @param productionOrderNumber that order's number
	 * @param itemId the item the production order makes
	 * @param plantId the plant it is made in
	 * @param sequence the operation's sequence in the routing
	 * @param operationCode the operation's code
	 * @param operationName the operation's name
	 * @param workCentreId the work centre the operation runs in
	 * @param resourceId the resource it is planned on, when planned
	 * @param quantity the quantity to make
	 * @param goodQuantity good units reported so far
	 * @param scrapQuantity scrapped units reported so far
	 * @param status where it stands
	 * @param lastOperation whether it is the routing's last operation (its output is the
	 * finished item)
	 */
	record WorkOrder(UUID id, String number, UUID productionOrderId, String productionOrderNumber, UUID itemId,
			UUID plantId, int sequence, String operationCode, String operationName, UUID workCentreId,
			@Nullable UUID resourceId, BigDecimal quantity, BigDecimal goodQuantity, BigDecimal scrapQuantity,
			Status status, boolean lastOperation) {
	}

	/**
	 * One report from the shop floor.
	 *
	 * @param status the status after the report
	 * @param goodQuantity good units made since the last report
	 * @param scrapQuantity units scrapped since the last report
	 * @param at when it happened
	 */
	record Progress(Status status, BigDecimal goodQuantity, BigDecimal scrapQuantity, Instant at) {
	}

}
