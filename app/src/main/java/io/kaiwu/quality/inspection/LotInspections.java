package io.kaiwu.quality.inspection;

import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/** The inspections recorded against one lot, for traceability. */
public interface LotInspections {

	/**
	 * The inspections of a lot, oldest first.
	 * @param tenant whose lot
	 * @param itemId the lot's item
	 * @param lotNumber the lot
	 * @return its inspections, possibly none
	 */
	List<InspectionCompleted> of(TenantId tenant, UUID itemId, String lotNumber);

}
