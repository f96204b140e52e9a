package io.kaiwu.production.planning.demo;

import io.kaiwu.production.planning.Planning;
import io.kaiwu.production.planning.StoredSchedule;
import io.kaiwu.tenancy.DemoTenantCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Plans the demo order book once the demo tenant is committed and approves the plan, as a
 * planner would on the first morning: the schedule board opens on an active schedule. It
 * runs after the commit, on its own thread, so that the first start does not wait for the
 * engine.
 */
@Component
class DemoFirstPlan {

	private static final Logger log = LoggerFactory.getLogger(DemoFirstPlan.class);

	private final Planning planning;

	DemoFirstPlan(Planning planning) {
		this.planning = planning;
	}

	@ApplicationModuleListener
	void on(DemoTenantCreated demo) {
		if (!demo.nodes().containsKey("SZ")) {
			return;
		}
		StoredSchedule draft = this.planning.plan(demo.tenant(), null);
		StoredSchedule active = this.planning.activate(demo.tenant(), draft.id());
		log.info("Demo plant: schedule {} planned and approved ({} operations)", active.number(),
				active.operations().size());
	}

}
