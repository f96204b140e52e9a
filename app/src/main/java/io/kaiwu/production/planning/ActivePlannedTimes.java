package io.kaiwu.production.planning;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
		return Optional.ofNullable(of(tenant, List.of(workOrderId)).get(workOrderId));
	}

	@Override
	public Map<UUID, Planned> of(TenantId tenant, Collection<UUID> workOrderIds) {
		Map<UUID, Planned> planned = new HashMap<>();
		this.records.planned(tenant, workOrderIds)
			.forEach((id, op) -> planned.put(id, new Planned(op.resourceId(), op.start(), op.end())));
		return planned;
	}

}
