package io.kaiwu.production.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One movement of stock (库存移动).
 *
 * @param id the movement
 * @param plantId the plant (a site)
 * @param itemId the item
 * @param quantity signed: positive into stock, negative out of it
 * @param kind receipt, issue or adjustment
 * @param reason why it moved
 * @param reference what moved it, for example a work order or delivery number
 * @param note a remark
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record StockMovement(UUID id, UUID plantId, UUID itemId, BigDecimal quantity, Kind kind, Reason reason,
		String reference, @Nullable String note, String recordedBy, Instant recordedAt) {

	/** Which way stock moved. */
	public enum Kind {

		/** 入库 */
		RECEIPT,
		/** 出库 */
		ISSUE,
		/** 调整: a correction either way, for example after a stock count. */
		ADJUSTMENT

	}

	/** Why stock moved; each reason belongs to one kind. */
	public enum Reason {

		/** 采购入库 */
		PURCHASE(Kind.RECEIPT),
		/** 生产入库: output of a work order. */
		PRODUCTION(Kind.RECEIPT),
		/** 退货入库 */
		RETURN(Kind.RECEIPT),
		/** 生产领料: consumption by production. */
		CONSUMPTION(Kind.ISSUE),
		/** 销售发货 */
		DELIVERY(Kind.ISSUE),
		/** 报废 */
		SCRAP(Kind.ISSUE),
		/** 盘点调整 */
		STOCK_COUNT(Kind.ADJUSTMENT),
		/** 其他调整 */
		CORRECTION(Kind.ADJUSTMENT);

		private final Kind kind;

		Reason(Kind kind) {
			this.kind = kind;
		}

		public Kind kind() {
			return this.kind;
		}

	}

}
