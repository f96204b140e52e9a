package io.kaiwu.production.routing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a client sends to create or change a routing version.
 *
 * @param itemId the item it makes
 * @param version its label
 * @param productFamily the product family (产品族) that keys sequence-dependent setups
 * @param validFrom first day effective
 * @param validTo last day effective; {@literal null} for open-ended
 * @param steps the operations
 */
public record RoutingDraft(@Nullable UUID itemId, @Nullable String version, @Nullable String productFamily,
		@Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable List<Step> steps) {

	/**
	 * One operation.
	 *
	 * @param sequence its number, for example 10
	 * @param operationCode its code, for example {@code OP10}
	 * @param name what it does
	 * @param workCentreId the work centre it runs in
	 * @param resources the resources of that work centre that can do it, preferred first
	 * @param setupMinutes setup before the first unit, in minutes
	 * @param runSecondsPerUnit run time per unit on a resource of speed 1, in seconds
	 * @param transferBatch units passed on before the operation finishes; {@literal null}
	 * for the whole quantity at once
	 */
	public record Step(@Nullable Integer sequence, @Nullable String operationCode, @Nullable String name,
			@Nullable UUID workCentreId, @Nullable List<Alternative> resources, @Nullable BigDecimal setupMinutes,
			@Nullable BigDecimal runSecondsPerUnit, @Nullable BigDecimal transferBatch) {
	}

	/**
	 * A resource that can do the step.
	 *
	 * @param resourceId the resource
	 * @param speedFactor how fast it runs relative to the run time (2 = twice as fast);
	 * {@literal null} for 1
	 */
	public record Alternative(@Nullable UUID resourceId, @Nullable BigDecimal speedFactor) {
	}

}
