package io.kaiwu.production.order.web;

import java.util.List;
import java.util.UUID;

import io.kaiwu.production.order.ManagingWorkOrders;
import io.kaiwu.production.order.WorkOrders;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Work orders: the open ones, one by id, and progress reports from operators. */
@RestController
@RequestMapping("/api/v1/production/work-orders")
@PreAuthorize("hasRole('VIEWER')")
class WorkOrderApiController {

	private final ManagingWorkOrders workOrders;

	WorkOrderApiController(ManagingWorkOrders workOrders) {
		this.workOrders = workOrders;
	}

	@GetMapping
	List<WorkOrders.WorkOrder> open() {
		return this.workOrders.open(CurrentPrincipal.get().requireTenant());
	}

	@GetMapping("/{id}")
	WorkOrders.WorkOrder get(@PathVariable UUID id) {
		return this.workOrders.workOrder(CurrentPrincipal.get().requireTenant(), id)
			.orElseThrow(() -> new KaiwuProblem.NotFound("work-order", id));
	}

	@PostMapping("/{id}/progress")
	@PreAuthorize("hasRole('OPERATOR')")
	WorkOrders.WorkOrder progress(@PathVariable UUID id, @RequestBody WorkOrders.Progress progress) {
		return this.workOrders.recordProgress(CurrentPrincipal.get().requireTenant(), id, progress);
	}

}
