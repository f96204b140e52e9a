package io.kaiwu.quality.nonconformance;

import io.kaiwu.quality.inspection.InspectionCompleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens an NCR for every lot an inspection rejected, receiving, in-process or final; a
 * redelivered event finds its NCR and opens none.
 */
@Component
class NcrsForRejectedLots {

	private final ManagingNcrs ncrs;

	NcrsForRejectedLots(ManagingNcrs ncrs) {
		this.ncrs = ncrs;
	}

	@ApplicationModuleListener
	void on(InspectionCompleted inspection) {
		this.ncrs.raiseForRejectedLot(inspection);
	}

}
