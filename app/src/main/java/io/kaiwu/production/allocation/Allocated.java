package io.kaiwu.production.allocation;

import java.util.List;

import io.kaiwu.production.order.ProductionOrder;

/**
 * A customer order line allocated to a plant.
 *
 * @param productionOrder the production order created in the chosen plant
 * @param chosen the plant chosen, with its figures
 * @param options every plant that could make it, ranked
 */
public record Allocated(ProductionOrder productionOrder, AllocationOption chosen, List<AllocationOption> options) {

	public Allocated {
		options = List.copyOf(options);
	}

}
