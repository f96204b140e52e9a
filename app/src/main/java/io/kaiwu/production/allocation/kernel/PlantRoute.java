package io.kaiwu.production.allocation.kernel;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.production.resource.kernel.Span;

/**
 * A plant that has a routing of the item: the operations the routing asks for and the
 * resources of its work centres as they stand.
 *
 * @param plantId the plant
 * @param plantCode its code
 * @param routingId the routing version effective there
 * @param routingVersion its label
 * @param due the end of the due date in the plant's time zone
 * @param operations the routing's steps, in sequence
 * @param resources every resource of the work centres the steps run in
 */
public record PlantRoute(UUID plantId, String plantCode, UUID routingId, String routingVersion, Instant due,
		List<Operation> operations, List<ResourceTime> resources) {

	public PlantRoute {
		operations = List.copyOf(operations);
		resources = List.copyOf(resources);
	}

	/**
	 * One step of the routing.
	 *
	 * @param step how a planner names it, for example {@code 10 OP10}
	 * @param setup setup before the first unit
	 * @param runPerUnit run time per unit on a resource of speed 1
	 * @param alternatives the resources that can do it, preferred first
	 */
	public record Operation(String step, Duration setup, Duration runPerUnit, List<Alternative> alternatives) {

		public Operation {
			alternatives = List.copyOf(alternatives);
		}

	}

	/**
	 * A resource that can do a step.
	 *
	 * @param resourceId the resource
	 * @param speedFactor how fast it runs relative to the step's run time (2 = twice as
	 * fast)
	 */
	public record Alternative(UUID resourceId, BigDecimal speedFactor) {
	}

	/**
	 * A resource's time as it stands.
	 *
	 * @param resourceId the resource
	 * @param code its code
	 * @param costPerHour what an hour of work on it costs
	 * @param windows when it can work from now on (shifts less maintenance), sorted and
	 * disjoint
	 * @param queued the work of released, unfinished work orders already waiting for it
	 */
	public record ResourceTime(UUID resourceId, String code, BigDecimal costPerHour, List<Span> windows,
			Duration queued) {

		public ResourceTime {
			windows = List.copyOf(windows);
		}

	}

}
