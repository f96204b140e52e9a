package io.kaiwu.production.order.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.production.order.CustomerOrderDraft;
import io.kaiwu.production.order.ManagingCustomerOrders;
import io.kaiwu.production.order.ManagingProductionOrders;
import io.kaiwu.production.order.ManagingPurchaseRequisitions;
import io.kaiwu.production.order.ManagingWorkOrders;
import io.kaiwu.production.stock.ItemLabels;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The orders page: customer orders with a form to enter one, production orders with
 * release and cancel, the open work orders and the purchase requisitions. A refused
 * action shows the same reasons the REST API gives.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class ProductionOrderPagesController {

	private final ManagingCustomerOrders customerOrders;

	private final ManagingProductionOrders productionOrders;

	private final ManagingWorkOrders workOrders;

	private final ManagingPurchaseRequisitions requisitions;

	private final ItemCatalog items;

	private final EnterpriseStructure structure;

	private final ProblemDetails problems;

	ProductionOrderPagesController(ManagingCustomerOrders customerOrders, ManagingProductionOrders productionOrders,
			ManagingWorkOrders workOrders, ManagingPurchaseRequisitions requisitions, ItemCatalog items,
			EnterpriseStructure structure, ProblemDetails problems) {
		this.customerOrders = customerOrders;
		this.productionOrders = productionOrders;
		this.workOrders = workOrders;
		this.requisitions = requisitions;
		this.items = items;
		this.structure = structure;
		this.problems = problems;
	}

	@GetMapping("/production/orders")
	String page(Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		model.addAttribute("plants", this.structure.sites(tenant));
		model.addAttribute("customerOrders", this.customerOrders.list(tenant, PageQuery.of(0, 50)));
		model.addAttribute("productionOrders", this.productionOrders.list(tenant, null, PageQuery.of(0, 100)));
		model.addAttribute("workOrders", this.workOrders.open(tenant));
		model.addAttribute("requisitions", this.requisitions.list(tenant, PageQuery.of(0, 100)));
		model.addAttribute("itemNames", new ItemLabels(this.items, tenant));
		model.addAttribute("canPlan", me.has(Role.ENGINEER));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "production/orders";
	}

	@PostMapping("/production/orders/customer-orders")
	@PreAuthorize("hasRole('ENGINEER')")
	String enter(@RequestParam(required = false) @Nullable String customerCode,
			@RequestParam(required = false) @Nullable UUID plantId,
			@RequestParam(required = false) @Nullable String customerReference,
			@RequestParam(required = false) @Nullable String itemCode,
			@RequestParam(required = false) @Nullable String quantity,
			@RequestParam(required = false) @Nullable String dueDate,
			@RequestParam(required = false) @Nullable Integer priority, RedirectAttributes redirect) {
		return act(redirect, () -> this.customerOrders
			.create(tenant(), new CustomerOrderDraft(null, customerCode, plantId, customerReference, null,
					List.of(new CustomerOrderDraft.LineDraft(null, itemCode, number(quantity), dueDate, priority)))));
	}

	@PostMapping("/production/orders/{id}/release")
	@PreAuthorize("hasRole('ENGINEER')")
	String release(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(redirect, () -> this.productionOrders.release(tenant(), id));
	}

	@PostMapping("/production/orders/{id}/cancel")
	@PreAuthorize("hasRole('ENGINEER')")
	String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(redirect, () -> this.productionOrders.cancel(tenant(), id));
	}

	private String act(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
		}
		return "redirect:/production/orders";
	}

	private static @Nullable BigDecimal number(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new KaiwuProblem.InvalidInput("quantity", "mrp.stock.problem.number", text.strip());
		}
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
