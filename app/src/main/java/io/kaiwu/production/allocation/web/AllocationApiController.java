package io.kaiwu.production.allocation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.kaiwu.production.allocation.Allocated;
import io.kaiwu.production.allocation.AllocationOption;
import io.kaiwu.production.allocation.PlantAllocation;
import io.kaiwu.shared.CurrentPrincipal;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Multi-plant allocation: which plants can make an order, ranked; allocating a customer
 * order line to one of them. Everyone reads, engineers and admins allocate.
 */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class AllocationApiController {

	private final PlantAllocation allocation;

	AllocationApiController(PlantAllocation allocation) {
		this.allocation = allocation;
	}

	/** The plants that can make a quantity of an item by a due date, best first. */
	@GetMapping("/api/v1/production/allocations")
	List<AllocationOption> options(@RequestParam(required = false) @Nullable UUID itemId,
			@RequestParam(required = false) @Nullable BigDecimal quantity,
			@RequestParam(required = false) @Nullable LocalDate dueDate) {
		return this.allocation.options(CurrentPrincipal.get().requireTenant(), itemId, quantity, dueDate);
	}

	/**
	 * Allocates a customer order line: its production order is created in the plant
	 * given, or in the best plant when the body names none.
	 */
	@PostMapping("/api/v1/production/customer-orders/{id}/lines/{lineId}/allocation")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Allocated allocate(@PathVariable UUID id, @PathVariable UUID lineId,
			@RequestBody(required = false) @Nullable Choice choice) {
		return this.allocation.allocate(CurrentPrincipal.get().requireTenant(), id, lineId,
				(choice != null) ? choice.plantId() : null);
	}

	/**
	 * The planner's choice of plant.
	 *
	 * @param plantId the plant; the best one when {@literal null}
	 */
	record Choice(@Nullable UUID plantId) {
	}

}
