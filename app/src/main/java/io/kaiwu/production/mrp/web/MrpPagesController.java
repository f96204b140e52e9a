package io.kaiwu.production.mrp.web;

import java.util.List;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.production.mrp.MrpRun;
import io.kaiwu.production.mrp.MrpRuns;
import io.kaiwu.production.stock.ItemLabels;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
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
 * The MRP pages: start a run for a plant and see the latest runs; one run with its
 * exception messages, its planned orders (firm each into a production order or purchase
 * requisition) and the time-phased record of every item.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class MrpPagesController {

	private final MrpRuns runs;

	private final ItemCatalog items;

	private final EnterpriseStructure structure;

	private final ProblemDetails problems;

	MrpPagesController(MrpRuns runs, ItemCatalog items, EnterpriseStructure structure, ProblemDetails problems) {
		this.runs = runs;
		this.items = items;
		this.structure = structure;
		this.problems = problems;
	}

	@GetMapping("/production/mrp")
	String page(Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		model.addAttribute("plants", this.structure.sites(tenant));
		model.addAttribute("runs", this.runs.latest(tenant, 50));
		model.addAttribute("canPlan", me.has(Role.ENGINEER));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "production/mrp";
	}

	@PostMapping("/production/mrp/runs")
	@PreAuthorize("hasRole('ENGINEER')")
	String run(@RequestParam(required = false) @Nullable UUID plantId, RedirectAttributes redirect) {
		try {
			return "redirect:/production/mrp/runs/" + this.runs.run(tenant(), plantId).id();
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
			return "redirect:/production/mrp";
		}
	}

	@GetMapping("/production/mrp/runs/{id}")
	String run(@PathVariable UUID id, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		MrpRun run = this.runs.get(tenant, id);
		model.addAttribute("run", run);
		model.addAttribute("plant",
				this.structure.findNode(tenant, run.plantId())
					.map((p) -> p.code() + " " + p.name())
					.orElse(run.plantId().toString()));
		model.addAttribute("itemNames", new ItemLabels(this.items, tenant));
		model.addAttribute("canPlan", me.has(Role.ENGINEER));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "production/mrp-run";
	}

	@PostMapping("/production/mrp/runs/{id}/planned-orders/{number}/firm")
	@PreAuthorize("hasRole('ENGINEER')")
	String firm(@PathVariable UUID id, @PathVariable int number, RedirectAttributes redirect) {
		try {
			this.runs.firm(tenant(), id, number, null, null);
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
		}
		return "redirect:/production/mrp/runs/" + id;
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
