package io.kaiwu.quality.inspection;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.kaiwu.shared.TenantId;

/**
 * An inspection of a lot (or of a sample from it) was finished with a verdict. The
 * supplier quality score counts receiving inspections from it; traceability shows it on
 * the lot.
 *
 * @param tenant whose inspection
 * @param recordId the inspection record
 * @param kind receiving, in-process or final
 * @param itemId the inspected item (master data)
 * @param lotNumber the inspected lot, when the record names one
 * @param supplierId the supplier (a master-data partner) of a receiving inspection
 * @param inspectedAt when it was inspected
 * @param sampleSize units inspected
 * @param rejected units found nonconforming in the sample
 * @param accepted whether the lot was accepted
 */
public record InspectionCompleted(TenantId tenant, UUID recordId, InspectionKind kind, UUID itemId,
		@Nullable String lotNumber, @Nullable UUID supplierId, Instant inspectedAt, int sampleSize, int rejected,
		boolean accepted) {
}
