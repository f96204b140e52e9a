package io.kaiwu.production.stock.web;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.production.stock.StockDraft;
import io.kaiwu.production.stock.StockKeeping;
import io.kaiwu.production.stock.StockMovement;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The stock page: on hand per plant and item, and a form to receive, issue or adjust
 * stock by item code. A refused movement shows the same reasons the REST API gives.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class StockPagesController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final StockKeeping stock;

	private final ItemCatalog items;

	private final EnterpriseStructure structure;

	private final ProblemDetails problems;

	StockPagesController(StockKeeping stock, ItemCatalog items, EnterpriseStructure structure,
			ProblemDetails problems) {
		this.stock = stock;
		this.items = items;
		this.structure = structure;
		this.problems = problems;
	}

	@GetMapping("/production/stock")
	String page(@RequestParam(required = false) @Nullable UUID plantId, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		List<StructureNode> plants = this.structure.sites(tenant);
		Map<UUID, String> plantNames = plants.stream()
			.collect(Collectors.toMap(StructureNode::id, (p) -> p.code() + " " + p.name()));
		model.addAttribute("plants", plants);
		model.addAttribute("plantId", plantId);
		model.addAttribute("plantNames", plantNames);
		model.addAttribute("levels", this.stock.levels(tenant, plantId));
		model.addAttribute("itemNames", new ItemNames(this.items, tenant));
		model.addAttribute("kinds", StockMovement.Kind.values());
		model.addAttribute("reasons", StockMovement.Reason.values());
		model.addAttribute("canMove", me.has(Role.OPERATOR));
		model.addAttribute("when", WHEN);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "production/stock";
	}

	@PostMapping("/production/stock")
	@PreAuthorize("hasRole('OPERATOR')")
	String move(@RequestParam(required = false) @Nullable UUID plantId,
			@RequestParam(required = false) @Nullable String itemCode,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String quantity,
			@RequestParam(required = false) @Nullable String reference,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		try {
			StockMovement.Reason why = StockMovement.Reason.valueOf(String.valueOf(reason));
			if (why.kind() == StockMovement.Kind.ADJUSTMENT && !me.has(Role.ENGINEER)) {
				throw new KaiwuProblem.Forbidden("mrp.stock.problem.adjust-role");
			}
			UUID itemId = (itemCode == null || itemCode.isBlank()) ? null
					: this.items.byCode(tenant, itemCode.strip())
						.map(ItemCatalog.ItemSummary::id)
						.orElseThrow(() -> new KaiwuProblem.InvalidInput("itemCode", "mrp.stock.problem.item-code",
								itemCode.strip()));
			this.stock.move(tenant, why.kind(),
					new StockDraft(plantId, itemId, why.name(), number(quantity), reference, note));
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("errors",
					List.of(this.problems.message("mrp.stock.problem.reason", String.valueOf(reason), "")));
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
		}
		return (plantId != null) ? "redirect:/production/stock?plantId=" + plantId : "redirect:/production/stock";
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

	/** Item code and name by id, looked up once per item while the page renders. */
	static final class ItemNames {

		private final Map<UUID, String> known = new java.util.HashMap<>();

		private final Function<UUID, String> lookUp;

		ItemNames(ItemCatalog items, TenantId tenant) {
			this.lookUp = (id) -> items.item(tenant, id).map((i) -> i.code() + " " + i.name()).orElse(id.toString());
		}

		public String of(UUID itemId) {
			return this.known.computeIfAbsent(itemId, this.lookUp);
		}

	}

}
