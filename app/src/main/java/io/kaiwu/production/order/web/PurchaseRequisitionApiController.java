package io.kaiwu.production.order.web;

import java.util.Map;
import java.util.UUID;

import io.kaiwu.production.order.ManagingPurchaseRequisitions;
import io.kaiwu.production.order.PurchaseRequisition;
import io.kaiwu.production.order.PurchaseRequisitionDraft;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
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

/** Purchase requisitions: raised by engineers, moved on (ordered, closed, cancelled). */
@RestController
@RequestMapping("/api/v1/production/purchase-requisitions")
@PreAuthorize("hasRole('VIEWER')")
class PurchaseRequisitionApiController {

	private final ManagingPurchaseRequisitions requisitions;

	PurchaseRequisitionApiController(ManagingPurchaseRequisitions requisitions) {
		this.requisitions = requisitions;
	}

	@GetMapping
	Page<PurchaseRequisition> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.requisitions.list(CurrentPrincipal.get().requireTenant(), PageQuery.of(page, size));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	PurchaseRequisition create(@RequestBody PurchaseRequisitionDraft draft) {
		return this.requisitions.create(CurrentPrincipal.get().requireTenant(), draft);
	}

	@GetMapping("/{id}")
	PurchaseRequisition get(@PathVariable UUID id) {
		return this.requisitions.get(CurrentPrincipal.get().requireTenant(), id);
	}

	/** Body {@code {"status": "ORDERED"}} (or CLOSED, CANCELLED). */
	@PostMapping("/{id}/status")
	@PreAuthorize("hasRole('ENGINEER')")
	PurchaseRequisition move(@PathVariable UUID id, @RequestBody Map<String, String> body) {
		String status = body.get("status");
		try {
			return this.requisitions.move(CurrentPrincipal.get().requireTenant(), id,
					PurchaseRequisition.Status.valueOf(String.valueOf(status)));
		}
		catch (IllegalArgumentException ex) {
			throw new KaiwuProblem.InvalidInput("status", "mrp.requisition.problem.status", String.valueOf(status));
		}
	}

}
