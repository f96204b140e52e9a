package io.kaiwu.quality.defect;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a client sends to record defects; {@link DefectRecords} checks every field. The
 * shift may be left out: it is then read from the shift calendar of the line's site.
 *
 * @param codeId the defect code; required
 * @param itemId the item; required
 * @param quantity how many, 1 to 1,000,000; required
 * @param location where on the part, up to 500 characters
 * @param drawingX the spot on the drawing, 0–1, together with {@code drawingY}
 * @param drawingY the spot on the drawing, 0–1, together with {@code drawingX}
 * @param lineId the line (structure node)
 * @param shiftName the shift, as named on the floor
 * @param supplierId the supplier (a partner that is a supplier)
 * @param lotNumber the lot, up to 100 characters
 * @param foundAt when; now when left out, never in the future
 * @param note up to 2,000 characters
 */
public record DefectDraft(@Nullable UUID codeId, @Nullable UUID itemId, @Nullable Integer quantity,
		@Nullable String location, @Nullable Double drawingX, @Nullable Double drawingY, @Nullable UUID lineId,
		@Nullable String shiftName, @Nullable UUID supplierId, @Nullable String lotNumber, @Nullable Instant foundAt,
		@Nullable String note) {
}
