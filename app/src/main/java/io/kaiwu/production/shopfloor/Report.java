package io.kaiwu.production.shopfloor;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.production.order.WorkOrders.Status;
import io.kaiwu.production.shopfloor.kernel.ReportKind;
import org.jspecify.annotations.Nullable;

/**
 * One shop-floor report (报工) as it was kept.
 *
 * @param id the report
 * @param clientReportId the id the tablet or client gave it
 * @param workOrderId the work order reported on
 * @param workOrderNumber its number
 * @param kind what happened
 * @param statusAfter the work order's status after the report
 * @param goodQuantity good units since the previous report
 * @param scrapQuantity scrapped units since the previous report
 * @param pauseReason the pause reason's code, for a pause
 * @param scrapReason the scrap reason's code, when units were scrapped
 * @param note the operator's note
 * @param operator who worked
 * @param reportedBy the signed-in account that sent it
 * @param at when it happened on the shop floor
 * @param periodStart the start of the period its units were made in (the previous
 * report), for reports with units
 * @param recordedAt when the server stored it
 * @param resourceId the resource the work order ran on, when planned
 * @param equipmentId that resource's machine, when bound
 * @param lotId the lot genealogy registered for the good units
 * @param lotNumber that lot's number
 * @param consumed the lots the step consumed
 */
public record Report(UUID id, UUID clientReportId, UUID workOrderId, String workOrderNumber, ReportKind kind,
		Status statusAfter, BigDecimal goodQuantity, BigDecimal scrapQuantity, @Nullable String pauseReason,
		@Nullable String scrapReason, @Nullable String note, String operator, String reportedBy, Instant at,
		@Nullable Instant periodStart, Instant recordedAt, @Nullable UUID resourceId, @Nullable UUID equipmentId,
		@Nullable UUID lotId, @Nullable String lotNumber, List<Consumption> consumed) {

	public Report {
		consumed = List.copyOf(consumed);
	}

	/**
	 * A quantity taken from one lot.
	 *
	 * @param itemId the lot's item
	 * @param lotNumber its number
	 * @param unitId the lot in genealogy
	 * @param quantity how much
	 */
	public record Consumption(UUID itemId, String lotNumber, UUID unitId, BigDecimal quantity) {
	}

}
