package io.kaiwu.production.allocation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.production.allocation.Allocated;
import io.kaiwu.production.allocation.PlantAllocation;
import io.kaiwu.production.order.CustomerOrder;
import io.kaiwu.production.order.ManagingCustomerOrders;
import io.kaiwu.production.order.ManagingProductionOrders;
import io.kaiwu.production.order.ProductionOrder;
import io.kaiwu.production.stock.ItemLabels;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;
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
 * The allocation page: the customer order lines still open; for the one chosen, the
 * plants that can make it ranked with their figures and reasons, and a button per plant
 * that creates the production order there.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class AllocationPagesController {

	private final PlantAllocation allocation;

	private final ManagingCustomerOrders customerOrders;

	private final ItemCatalog items;

	private final ProblemDetails problems;

	private final ManagingProductionOrders productionOrders;

	private final EnterpriseStructure structure;

	AllocationPagesController(PlantAllocation allocation, ManagingCustomerOrders customerOrders, ItemCatalog items,
			ProblemDetails problems, ManagingProductionOrders productionOrders, EnterpriseStructure structure) {
		this.allocation = allocation;
		this.customerOrders = customerOrders;
		this.items = items;
		this.problems = problems;
		this.productionOrders = productionOrders;
		this.structure = structure;
	}

	/**
	 * An open customer order line.
	 *
	 * @param orderId the customer order
	 * @param orderNumber its number
	 * @param lineId the line
	 * @param lineNo its number
	 * @param itemId the item
	 * @param open what is still to deliver
	 * @param toCover what no delivery and no production order that is not cancelled
	 * covers yet
	 * @param dueDate when
	 */
	record OpenLine(UUID orderId, String orderNumber, UUID lineId, int lineNo, UUID itemId, BigDecimal open,
			BigDecimal toCover, LocalDate dueDate) {
	}

	@GetMapping("/production/allocation")
	String page(@RequestParam(required = false) @Nullable UUID lineId, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		List<OpenLine> lines = new ArrayList<>();
		for (CustomerOrder order : this.customerOrders.list(tenant, PageQuery.of(0, 50)).items()) {
			for (CustomerOrder.Line l : order.lines()) {
				if (l.open().signum() > 0) {
					lines.add(new OpenLine(order.id(), order.number(), l.id(), l.lineNo(), l.itemId(), l.open(),
							this.productionOrders.coverage(tenant, l.id()).toCover(), l.dueDate()));
				}
			}
		}
		model.addAttribute("lines", lines);
		model.addAttribute("made", made(tenant));
		model.addAttribute("itemNames", new ItemLabels(this.items, tenant));
		model.addAttribute("canPlan", me.has(Role.ENGINEER));
		List<String> errors = new ArrayList<>();
		OpenLine chosen = lines.stream().filter((l) -> l.lineId().equals(lineId)).findFirst().orElse(null);
		model.addAttribute("line", chosen);
		model.addAttribute("options", List.of());
		if (chosen != null && chosen.toCover().signum() > 0) {
			try {
				model.addAttribute("options",
						this.allocation.options(tenant, chosen.itemId(), chosen.toCover(), chosen.dueDate()));
			}
			catch (KaiwuProblem problem) {
				errors.addAll(this.problems.lines(problem));
			}
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", errors);
		}
		return "production/allocation";
	}

	/**
	 * The open production orders already made for customer order lines, so that a line is
	 * not allocated twice by mistake: by line, each as its number and plant code.
	 */
	private Map<UUID, List<String>> made(TenantId tenant) {
		Map<UUID, List<String>> made = new HashMap<>();
		for (StructureNode plant : this.structure.sites(tenant)) {
			for (ProductionOrder order : this.productionOrders.open(tenant, plant.id())) {
				if (order.customerOrderLineId() != null) {
					made.computeIfAbsent(order.customerOrderLineId(), (k) -> new ArrayList<>())
						.add(order.number() + " @" + plant.code());
				}
			}
		}
		return made;
	}

	@PostMapping("/production/allocation/{orderId}/lines/{lineId}")
	@PreAuthorize("hasRole('ENGINEER')")
	String allocate(@PathVariable UUID orderId, @PathVariable UUID lineId,
			@RequestParam(required = false) @Nullable UUID plantId, RedirectAttributes redirect) {
		try {
			Allocated allocated = this.allocation.allocate(CurrentPrincipal.get().requireTenant(), orderId, lineId,
					plantId);
			redirect.addFlashAttribute("allocated", allocated);
			return "redirect:/production/allocation";
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
			return "redirect:/production/allocation?lineId=" + lineId;
		}
	}

}
