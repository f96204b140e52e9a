package io.kaiwu.production.routing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Routings (工艺路线) as orders and scheduling read them: the operations that make an item,
 * in order, each with the resources that can do it and its times.
 */
public interface Routings {

	/**
	 * The routing of an item that is effective in a plant on a day.
	 * @param tenant whose routing.
	 * @param itemId the item made.
	 * @param plantId the plant it is made in.
	 * @param on the day.
	 * @return empty when the plant has no routing of the item effective that day.
	 */
	Optional<Routing> effective(TenantId tenant, UUID itemId, UUID plantId, LocalDate on);

	/**
	 * The routings of an item effective on a day, one per plant that can make it.
	 * @param tenant whose routings.
	 * @param itemId the item made.
	 * @param on the day.
	 * @return the routings; empty when no plant has one effective that day.
	 */
	List<Routing> effectiveInPlants(TenantId tenant, UUID itemId, LocalDate on);

	/**
	 * One routing version by its id, for example the one an order was released on.
	 * @param tenant whose routing.
	 * @param routingId the version.
	 * @return empty when the tenant has none such (it may have been deleted).
	 */
	Optional<Routing> routing(TenantId tenant, UUID routingId);

	/**
	 * The sequence-dependent setup (换型) on a resource when it goes from a product of one
	 * family to one of another.
	 * @param tenant whose setup matrix.
	 * @param workCentreId the work centre whose matrix applies.
	 * @param fromFamily the family of the product made before.
	 * @param toFamily the family of the product made next.
	 * @return the setup time; empty when the matrix has no entry (then the operation's
	 * own setup time applies).
	 */
	Optional<Duration> familySetup(TenantId tenant, UUID workCentreId, String fromFamily, String toFamily);

	/**
	 * One version of an item's routing.
	 *
	 * @param id the version
	 * @param itemId the item it makes
	 * @param plantId the plant whose work centres its steps run in
	 * @param version its label
	 * @param productFamily the product family (产品族) that sequence-dependent setups are
	 * keyed by
	 * @param steps the operations in order
	 */
	record Routing(UUID id, UUID itemId, UUID plantId, String version, String productFamily, List<Step> steps) {

		public Routing {
			steps = List.copyOf(steps);
		}

	}

	/**
	 * One operation (工序) of a routing.
	 *
	 * @param sequence its number, for example 10, 20, 30; ascending along the routing
	 * @param operationCode its code, for example {@code OP20}
	 * @param name what it does, for example 热处理
	 * @param workCentreId the work centre it runs in
	 * @param resources the resources that can do it (alternative resources), preferred
	 * first; never empty
	 * @param setupTime setup before the first unit when the matrix has no entry
	 * @param runTimePerUnit time per unit on a resource of speed 1
	 * @param transferBatch units passed on to the next operation before this one finishes
	 * (转移批量); {@literal null} when the whole quantity is passed at once
	 */
	record Step(int sequence, String operationCode, String name, UUID workCentreId, List<Alternative> resources,
			Duration setupTime, Duration runTimePerUnit, @Nullable BigDecimal transferBatch) {

		public Step {
			resources = List.copyOf(resources);
		}

	}

	/**
	 * A resource that can do an operation.
	 *
	 * @param resourceId the resource
	 * @param speedFactor how fast it runs relative to the step's run time (2 = twice as
	 * fast)
	 */
	record Alternative(UUID resourceId, BigDecimal speedFactor) {
	}

}
