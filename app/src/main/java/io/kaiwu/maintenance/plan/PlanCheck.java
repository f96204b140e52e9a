package io.kaiwu.maintenance.plan;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for due calendar plans (and runtime plans of machines still running) every
 * {@code kaiwu.maintenance.plan-check} (5 minutes), on the scheduler's thread.
 */
@Component
class PlanCheck {

	private static final Logger log = LoggerFactory.getLogger(PlanCheck.class);

	private final ManagingPlans plans;

	private final Clock clock = Clock.systemUTC();

	PlanCheck(ManagingPlans plans) {
		this.plans = plans;
	}

	@Scheduled(fixedDelayString = "${kaiwu.maintenance.plan-check:5m}",
			initialDelayString = "${kaiwu.maintenance.plan-check:5m}")
	void createDueOrders() {
		int created = this.plans.checkDue(this.clock.instant());
		if (created > 0) {
			log.info("Due maintenance plans created {} order(s)", created);
		}
	}

}
