package io.kaiwu.production.order.web;

import java.util.UUID;

import io.kaiwu.production.order.CustomerOrder;
import io.kaiwu.production.order.CustomerOrderDraft;
import io.kaiwu.production.order.ManagingCustomerOrders;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
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
 * Customer orders: engineers and admins enter them, everyone in the tenant reads them.
 */
@RestController
@RequestMapping("/api/v1/production/customer-orders")
@PreAuthorize("hasRole('VIEWER')")
class CustomerOrderApiController {

	private final ManagingCustomerOrders orders;

	CustomerOrderApiController(ManagingCustomerOrders orders) {
		this.orders = orders;
	}

	@GetMapping
	Page<CustomerOrder> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.orders.list(CurrentPrincipal.get().requireTenant(), PageQuery.of(page, size));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	CustomerOrder create(@RequestBody CustomerOrderDraft draft) {
		return this.orders.create(CurrentPrincipal.get().requireTenant(), draft);
	}

	@GetMapping("/{id}")
	CustomerOrder get(@PathVariable UUID id) {
		return this.orders.get(CurrentPrincipal.get().requireTenant(), id);
	}

}
