package io.kaiwu.production.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A purchase requisition (采购申请): purchasing is asked to buy a quantity of an item for a
 * plant by a day.
 *
 * @param id the requisition
 * @param number its number, for example {@code PR-2026-00003}
 * @param itemId the item
 * @param plantId the plant
 * @param supplierId the supplier proposed, when there is one
 * @param quantity how much
 * @param releaseDate when it must be ordered (the need date less the purchase lead time)
 * @param needDate when it must be in the plant
 * @param status where it stands
 * @param mrpRunId the MRP run it was firmed from, when it was
 * @param note a remark
 * @param createdBy who created it
 * @param createdAt when
 */
public record PurchaseRequisition(UUID id, String number, UUID itemId, UUID plantId, @Nullable UUID supplierId,
		BigDecimal quantity, LocalDate releaseDate, LocalDate needDate, Status status, @Nullable UUID mrpRunId,
		@Nullable String note, String createdBy, Instant createdAt) {

	/** Where a requisition stands. */
	public enum Status {

		/** 待处理: MRP counts it as a scheduled receipt. */
		OPEN,
		/** 已下单: purchasing ordered it; still a scheduled receipt. */
		ORDERED,
		/** 已关闭: received. */
		CLOSED,
		/** 已取消 */
		CANCELLED

	}

}
