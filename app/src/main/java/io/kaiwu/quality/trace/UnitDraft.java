package io.kaiwu.quality.trace;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a user gives to register a lot or serial. Item and supplier may be named by id or
 * by code.
 *
 * @param stage PURCHASED, WIP or FINISHED
 * @param itemId the item's id, or
 * @param itemCode the item's code
 * @param number the lot or serial number
 * @param quantity how much the lot holds (lots only; a serial is one unit)
 * @param supplierId the supplier's id (purchased only), or
 * @param supplierCode the supplier's code
 * @param supplierBatch the supplier's own batch number (purchased only)
 * @param madeAt when it was made or received, ISO-8601; empty means now
 * @param note free text
 */
public record UnitDraft(@Nullable String stage, @Nullable UUID itemId, @Nullable String itemCode,
		@Nullable String number, @Nullable BigDecimal quantity, @Nullable UUID supplierId,
		@Nullable String supplierCode, @Nullable String supplierBatch, @Nullable String madeAt, @Nullable String note) {
}
