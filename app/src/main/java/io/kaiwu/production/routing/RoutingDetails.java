package io.kaiwu.production.routing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A routing version as the editor shows it, with codes and names.
 *
 * @param id the version
 * @param itemId the item it makes
 * @param itemCode its code
 * @param itemName its name
 * @param plantId the plant whose work centres the steps run in
 * @param version the label
 * @param productFamily the product family
 * @param validFrom first day effective
 * @param validTo last day effective, {@literal null} for open-ended
 * @param steps the operations in sequence
 * @param updatedBy who last saved it
 * @param updatedAt when
 */
public record RoutingDetails(UUID id, UUID itemId, String itemCode, String itemName, UUID plantId, String version,
		String productFamily, LocalDate validFrom, @Nullable LocalDate validTo, List<Step> steps, String updatedBy,
		Instant updatedAt) {

	public RoutingDetails {
		steps = List.copyOf(steps);
	}

	/**
	 * One operation.
	 *
	 * @param sequence its number
	 * @param operationCode its code
	 * @param name what it does
	 * @param workCentreId its work centre
	 * @param workCentreCode the work centre's code
	 * @param resources the resources that can do it, preferred first
	 * @param setupMinutes setup in minutes
	 * @param runSecondsPerUnit run time per unit in seconds
	 * @param transferBatch the transfer batch, {@literal null} for the whole quantity
	 */
	public record Step(int sequence, String operationCode, String name, UUID workCentreId, String workCentreCode,
			List<Alternative> resources, BigDecimal setupMinutes, BigDecimal runSecondsPerUnit,
			@Nullable BigDecimal transferBatch) {

		public Step {
			resources = List.copyOf(resources);
		}

	}

	/**
	 * A resource that can do a step.
	 *
	 * @param resourceId the resource
	 * @param code its code
	 * @param speedFactor its speed relative to the run time
	 */
	public record Alternative(UUID resourceId, String code, BigDecimal speedFactor) {
	}

}
