package io.kaiwu.quality.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.kaiwu.quality.Genealogy.Form;
import io.kaiwu.quality.Genealogy.Stage;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A lot or serial number: what genealogy links and traces walk.
 *
 * @param id its id
 * @param tenant whose
 * @param form lot or serial
 * @param stage purchased, work in process or finished
 * @param itemId the item (master data)
 * @param number the lot or serial number, unique for the item
 * @param quantity how much it held when received or made (1 for a serial)
 * @param unitCode the item's unit
 * @param supplierId the supplier (a master-data partner) of a purchased lot
 * @param supplierBatch the supplier's own batch number of a purchased lot
 * @param madeAt when it was made or received
 * @param identifier its product identifier (标识)
 * @param note free text
 * @param createdBy who registered it
 * @param createdAt when it was registered
 */
public record TraceUnit(UUID id, TenantId tenant, Form form, Stage stage, UUID itemId, String number,
		BigDecimal quantity, String unitCode, @Nullable UUID supplierId, @Nullable String supplierBatch, Instant madeAt,
		String identifier, @Nullable String note, String createdBy, Instant createdAt) {

	/** The number as people say it: {@code 批次 L240501} reads as the number alone. */
	public String label() {
		return this.number;
	}

}
