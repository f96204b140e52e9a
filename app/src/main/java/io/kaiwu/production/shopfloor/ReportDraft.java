package io.kaiwu.production.shopfloor;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A report as a tablet or a REST client sends it; checked field by field before anything
 * is written.
 *
 * @param clientReportId a UUID the client makes once per report and sends again on retry
 * @param kind START, OUTPUT, PAUSE, RESUME or FINISH
 * @param goodQuantity good units since the previous report; none is zero
 * @param scrapQuantity scrapped units since the previous report; none is zero
 * @param pauseReason the pause reason's code, required for a pause
 * @param scrapReason the scrap reason's code, required with scrapped units
 * @param operator a name or badge chosen on a shared tablet; none: the signed-in user
 * @param at when it happened; none: now
 * @param lotNumber the number for the lot of good units; none: the work order number and
 * a running suffix
 * @param note a note
 * @param consumed lots consumed by the step
 */
public record ReportDraft(@Nullable UUID clientReportId, @Nullable String kind, @Nullable BigDecimal goodQuantity,
		@Nullable BigDecimal scrapQuantity, @Nullable String pauseReason, @Nullable String scrapReason,
		@Nullable String operator, @Nullable Instant at, @Nullable String lotNumber, @Nullable String note,
		@Nullable List<ConsumedLot> consumed) {

	/**
	 * A lot the step consumed, by item (id or code) and lot number as printed on its
	 * label.
	 *
	 * @param itemId the item's id
	 * @param itemCode or the item's code
	 * @param lotNumber the lot number
	 * @param quantity how much was taken
	 */
	public record ConsumedLot(@Nullable UUID itemId, @Nullable String itemCode, @Nullable String lotNumber,
			@Nullable BigDecimal quantity) {
	}

}
