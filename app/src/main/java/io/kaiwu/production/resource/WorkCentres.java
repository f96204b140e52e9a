package io.kaiwu.production.resource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Work centres (工作中心) and the resources (machines, lines, cells) inside them, as the rest
 * of production reads them. A plant is a site of the enterprise structure. An id of
 * another tenant is answered as unknown.
 */
public interface WorkCentres {

	/**
	 * One work centre.
	 * @param tenant whose work centre.
	 * @param workCentreId the work centre.
	 * @return empty when the tenant has none such.
	 */
	Optional<WorkCentre> workCentre(TenantId tenant, UUID workCentreId);

	/**
	 * A tenant's work centres, in all plants, sorted by plant and code.
	 * @param tenant whose work centres.
	 * @return the work centres.
	 */
	List<WorkCentre> workCentres(TenantId tenant);

	/**
	 * One resource.
	 * @param tenant whose resource.
	 * @param resourceId the resource.
	 * @return empty when the tenant has none such.
	 */
	Optional<Resource> resource(TenantId tenant, UUID resourceId);

	/**
	 * The resources of a work centre, sorted by code.
	 * @param tenant whose resources.
	 * @param workCentreId the work centre.
	 * @return the resources; empty when none or unknown.
	 */
	List<Resource> resources(TenantId tenant, UUID workCentreId);

	/**
	 * The resource bound to a machine of the equipment module.
	 * @param tenant whose resource.
	 * @param equipmentId the machine.
	 * @return empty when no resource is bound to it.
	 */
	Optional<Resource> onEquipment(TenantId tenant, UUID equipmentId);

	/**
	 * When a resource can work inside {@code [from, to)}: its plant's planned shifts
	 * (breaks, holidays and planned stops cut out) minus the planned maintenance windows
	 * of its machine.
	 * @param tenant whose resource.
	 * @param resourceId the resource.
	 * @param from start of the span.
	 * @param to end of the span, not before {@code from}.
	 * @return the available windows, sorted and disjoint; the whole span when the plant
	 * has no shift calendar (a resource with no calendar never stops); empty for an
	 * unknown resource.
	 */
	List<Window> available(TenantId tenant, UUID resourceId, Instant from, Instant to);

	/**
	 * A work centre: a group of resources that can do the same operations.
	 *
	 * @param id the work centre
	 * @param plantId the site (plant) it stands in
	 * @param code its code, unique in the tenant
	 * @param name its name
	 */
	record WorkCentre(UUID id, UUID plantId, String code, String name) {
	}

	/**
	 * A resource that operations are scheduled on.
	 *
	 * @param id the resource
	 * @param workCentreId the work centre it belongs to
	 * @param plantId the site (plant) it stands in
	 * @param code its code, unique in the tenant
	 * @param name its name
	 * @param equipmentId the machine of the equipment module it is, when bound
	 * @param costPerHour what an hour of work on it costs, for allocation across plants
	 */
	record Resource(UUID id, UUID workCentreId, UUID plantId, String code, String name, @Nullable UUID equipmentId,
			BigDecimal costPerHour) {
	}

	/** A half-open span {@code [start, end)} in which a resource can work. */
	record Window(Instant start, Instant end) {
	}

}
