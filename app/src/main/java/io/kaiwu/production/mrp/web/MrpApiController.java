package io.kaiwu.production.mrp.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.production.mrp.ItemPlanningDraft;
import io.kaiwu.production.mrp.MrpRun;
import io.kaiwu.production.mrp.MrpRuns;
import io.kaiwu.production.mrp.PlanningData;
import io.kaiwu.production.mrp.kernel.ItemPlanning;
import io.kaiwu.production.mrp.kernel.Procurement;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * MRP: item planning data per plant, runs (engineers start them, everyone reads them) and
 * firming planned orders.
 */
@RestController
@RequestMapping("/api/v1/production")
@PreAuthorize("hasRole('VIEWER')")
class MrpApiController {

	private final MrpRuns runs;

	private final PlanningData planning;

	MrpApiController(MrpRuns runs, PlanningData planning) {
		this.runs = runs;
		this.planning = planning;
	}

	@GetMapping("/item-planning")
	List<ItemPlanning> planning(@RequestParam UUID plantId) {
		return this.planning.ofPlant(tenant(), plantId);
	}

	@PutMapping("/item-planning")
	@PreAuthorize("hasRole('ENGINEER')")
	ItemPlanning plan(@RequestBody ItemPlanningDraft draft) {
		return this.planning.put(tenant(), draft);
	}

	/** Body {@code {"plantId": "..."}}. */
	@PostMapping("/mrp/runs")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	MrpRun run(@RequestBody RunRequest request) {
		return this.runs.run(tenant(), request.plantId());
	}

	@GetMapping("/mrp/runs")
	List<MrpRun> latest() {
		return this.runs.latest(tenant(), 50);
	}

	@GetMapping("/mrp/runs/{id}")
	MrpRun get(@PathVariable UUID id) {
		return this.runs.get(tenant(), id);
	}

	/**
	 * Body optional: {@code {"as": "MAKE" | "BUY", "supplierId": "..."}}.
	 */
	@PostMapping("/mrp/runs/{id}/planned-orders/{number}/firm")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, String> firm(@PathVariable UUID id, @PathVariable int number,
			@RequestBody(required = false) @Nullable FirmRequest request) {
		String firmed = this.runs.firm(tenant(), id, number, (request != null) ? request.as() : null,
				(request != null) ? request.supplierId() : null);
		return Map.of("firmedAs", firmed);
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

	/** Which plant to plan. */
	record RunRequest(@Nullable UUID plantId) {
	}

	/** How to firm a planned order. */
	record FirmRequest(@Nullable Procurement as, @Nullable UUID supplierId) {
	}

}
