package io.kaiwu.production.planning;

import io.kaiwu.production.shopfloor.ProgressDeviated;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When shop-floor feedback deviates from the plan (a work order paused for a breakdown,
 * or finished after its planned end), the active schedule is repaired at once with reason
 * 报工偏差修复 (DEVIATION).
 */
@Component
class FeedbackRepair {

	private final Planning planning;

	FeedbackRepair(Planning planning) {
		this.planning = planning;
	}

	@ApplicationModuleListener
	void on(ProgressDeviated event) {
		this.planning.repairAfterFeedback(event.tenant(),
				(event.cause() == ProgressDeviated.Cause.BREAKDOWN) ? event.resourceId() : null, event.at());
	}

}
