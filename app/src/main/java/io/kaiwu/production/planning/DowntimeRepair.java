package io.kaiwu.production.planning;

import io.kaiwu.equipment.DowntimeStarted;
import io.kaiwu.production.resource.WorkCentres;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a machine goes down, the active schedule is repaired around it: nothing is planned
 * on its resource from the stop for the expected downtime, and the rest moves as little
 * as possible. A machine that is not a planned resource, or on which nothing is planned,
 * changes nothing.
 */
@Component
class DowntimeRepair {

	private final WorkCentres workCentres;

	private final Planning planning;

	private final PlanningSettings settings;

	DowntimeRepair(WorkCentres workCentres, Planning planning, PlanningSettings settings) {
		this.workCentres = workCentres;
		this.planning = planning;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(DowntimeStarted event) {
		this.workCentres.onEquipment(event.tenant(), event.equipmentId())
			.ifPresent((resource) -> this.planning.repairDowntime(event.tenant(), resource.id(), event.startedAt(),
					event.startedAt().plus(this.settings.expectedDowntime())));
	}

}
