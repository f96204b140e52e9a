package io.kaiwu.quality.nonconformance;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a client sends to raise an NCR by hand or from a defect record. From a defect,
 * item, lot, supplier and quantity are taken from the record unless given.
 *
 * @param defectId the defect record, when raised from one
 * @param title what is wrong, up to 200 characters; from a defect, its code when left out
 * @param description details, up to 4,000 characters
 * @param severity MINOR, MAJOR or CRITICAL; required
 * @param itemId the item
 * @param lotNumber the lot
 * @param supplierId the supplier it is attributed to
 * @param quantity nonconforming units, at least 1
 */
public record NcrDraft(@Nullable UUID defectId, @Nullable String title, @Nullable String description,
		@Nullable String severity, @Nullable UUID itemId, @Nullable String lotNumber, @Nullable UUID supplierId,
		@Nullable Integer quantity) {
}
