package io.kaiwu.quality.defect;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Defects of one code found at once (缺陷记录).
 *
 * @param id the record
 * @param codeId its defect code
 * @param itemId the item (master data) the defects are on
 * @param itemCode the item's code when recorded
 * @param quantity how many defects
 * @param location where on the part, in words
 * @param drawingX where on the part's drawing, as a fraction of its width (0 left, 1
 * right)
 * @param drawingY as a fraction of its height (0 top, 1 bottom)
 * @param lineId the line (a node of the enterprise structure) it was found on
 * @param shiftName the shift it was found in
 * @param supplierId the supplier (master-data partner) of the part
 * @param supplierCode the supplier's code when recorded
 * @param lotNumber the lot the part belongs to
 * @param foundAt when the defects were found
 * @param note anything else
 * @param recordedBy who recorded it
 * @param recordedAt when
 * @param photo the photo's file name, content type and size; {@literal null} without one
 */
public record DefectRecord(UUID id, UUID codeId, UUID itemId, String itemCode, int quantity, @Nullable String location,
		@Nullable Double drawingX, @Nullable Double drawingY, @Nullable UUID lineId, @Nullable String shiftName,
		@Nullable UUID supplierId, @Nullable String supplierCode, @Nullable String lotNumber, Instant foundAt,
		@Nullable String note, String recordedBy, Instant recordedAt, @Nullable Photo photo) {

	/**
	 * A defect's photo, without its bytes.
	 *
	 * @param fileName as uploaded
	 * @param contentType {@code image/jpeg}, {@code image/png} or {@code image/webp}
	 * @param sizeBytes its length
	 */
	public record Photo(String fileName, String contentType, long sizeBytes) {
	}

}
