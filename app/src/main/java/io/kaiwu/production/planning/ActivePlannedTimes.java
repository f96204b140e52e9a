package io.kaiwu.production.planning;

import java.util.Optional;
import java.util.UUID;

import io.kaiwu.production.order.PlannedTimes;
import io.kaiwu.shared.TenantId;

import org.springframework.stereotype.Component;

/** Work orders' places in the tenant's active schedule. */
@Component
class ActivePlannedTimes implements PlannedTimes {

	private final ScheduleRecords records;

	ActivePlannedTimes(ScheduleRecords records) {
		this.records = records;
	}

	@Override
	public Optional<Planned> of(TenantId tenant, UUID workOrderId) {
		return this.records.planned(tenant, workOrderId)
			.map((op) -> new Planned(op.resourceId(), op.start(), op.end()));
	}

}
