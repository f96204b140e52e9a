package io.kaiwu.production.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.production.order.OrdersToPlan;
import io.kaiwu.shared.TenantId;

import org.springframework.stereotype.Component;

/**
 * The work already waiting for each resource: every unfinished work order of a released
 * production order, on the resource it is assigned to (its first alternative), counted as
 * setup (unless it has started) plus its open quantity's run time at that resource's
 * speed. Read from what scheduling plans, so both count the same work.
 */
@Component
class QueuedWork {

	private final OrdersToPlan orders;

	QueuedWork(OrdersToPlan orders) {
		this.orders = orders;
	}

	Map<UUID, Duration> byResource(TenantId tenant) {
		Map<UUID, Duration> queued = new HashMap<>();
		for (OrdersToPlan.OrderToPlan order : this.orders.released(tenant)) {
			for (OrdersToPlan.Step step : order.steps()) {
				if (step.resources().isEmpty()) {
					continue;
				}
				OrdersToPlan.Alternative on = step.resources().get(0);
				long runSeconds = BigDecimal.valueOf(step.runPerUnit().toMillis())
					.movePointLeft(3)
					.multiply(step.openQuantity())
					.divide(on.speedFactor(), 0, RoundingMode.HALF_UP)
					.longValueExact();
				Duration work = (step.started() ? Duration.ZERO : step.setup()).plusSeconds(runSeconds);
				queued.merge(on.resourceId(), work, Duration::plus);
			}
		}
		return queued;
	}

}
