package io.kaiwu.production.order.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.production.order.ManagingProductionOrders;
import io.kaiwu.production.order.ManagingWorkOrders;
import io.kaiwu.production.order.ProductionOrder;
import io.kaiwu.production.order.ProductionOrderDraft;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Production orders: engineers create, release and cancel them; a released order lists
 * its work orders.
 */
@RestController
@RequestMapping("/api/v1/production/production-orders")
@PreAuthorize("hasRole('VIEWER')")
class ProductionOrderApiController {

	private final ManagingProductionOrders orders;

	private final ManagingWorkOrders workOrders;

	ProductionOrderApiController(ManagingProductionOrders orders, ManagingWorkOrders workOrders) {
		this.orders = orders;
		this.workOrders = workOrders;
	}

	@GetMapping
	Page<ProductionOrder> list(@RequestParam(required = false) ProductionOrder.@Nullable Status status,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.orders.list(tenant(), status, PageQuery.of(page, size));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	ProductionOrder create(@RequestBody ProductionOrderDraft draft) {
		return this.orders.create(tenant(), draft);
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@PathVariable UUID id) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("order", this.orders.get(tenant(), id));
		body.put("workOrders", this.workOrders.ofOrder(tenant(), id));
		return body;
	}

	@PostMapping("/{id}/release")
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> release(@PathVariable UUID id) {
		this.orders.release(tenant(), id);
		return get(id);
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize("hasRole('ENGINEER')")
	ProductionOrder cancel(@PathVariable UUID id) {
		return this.orders.cancel(tenant(), id);
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
