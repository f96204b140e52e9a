package io.kaiwu.production.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A production order (生产订单): make a quantity of an item in a plant by a due date.
 *
 * @param id the order
 * @param number its number, for example {@code MO-2026-00042}
 * @param itemId the item made
 * @param plantId the plant (a site)
 * @param quantity how much to make
 * @param startDate when it should be released (the due date less the lead time)
 * @param dueDate when the quantity must be finished
 * @param priority 1 most urgent .. 9 least; 5 normal
 * @param origin where it came from
 * @param customerOrderLineId the customer order line it makes, when it does
 * @param mrpRunId the MRP run whose planned order was firmed into it, when it was
 * @param status where it stands
 * @param routingVersion the routing version its work orders were made from, once released
 * @param goodQuantity good units of the finished item so far (its last work order's)
 * @param createdBy who created it
 * @param createdAt when
 * @param releasedAt when it was released
 * @param finishedAt when its last work order finished
 */
public record ProductionOrder(UUID id, String number, UUID itemId, UUID plantId, BigDecimal quantity,
		LocalDate startDate, LocalDate dueDate, int priority, Origin origin, @Nullable UUID customerOrderLineId,
		@Nullable UUID mrpRunId, Status status, @Nullable String routingVersion, BigDecimal goodQuantity,
		String createdBy, Instant createdAt, @Nullable Instant releasedAt, @Nullable Instant finishedAt) {

	/** Where a production order came from. */
	public enum Origin {

		/** 客户订单: made for a customer order line. */
		CUSTOMER_ORDER,
		/** MRP: a planned order the planner firmed. */
		MRP,
		/** 手工: entered by hand. */
		MANUAL

	}

	/** Where a production order stands. */
	public enum Status {

		/** 已创建: firm, not released; MRP counts it as a scheduled receipt. */
		CREATED,
		/** 已下达: its work orders are on the shop floor. */
		RELEASED,
		/** 已完工: its last work order finished. */
		FINISHED,
		/** 已取消 */
		CANCELLED;

		/** Whether MRP counts the order as a scheduled receipt. */
		public boolean open() {
			return this == CREATED || this == RELEASED;
		}

	}

}
