package io.kaiwu.production.stock.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.production.stock.StockDraft;
import io.kaiwu.production.stock.StockKeeping;
import io.kaiwu.production.stock.StockLevel;
import io.kaiwu.production.stock.StockMovement;
import io.kaiwu.shared.CurrentPrincipal;
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
 * Stock of the signed-in tenant: levels per plant and item, an item's movements, and
 * receipts, issues (operators) and adjustments (engineers) with their reasons.
 */
@RestController
@RequestMapping("/api/v1/production/stock")
@PreAuthorize("hasRole('VIEWER')")
class StockApiController {

	private final StockKeeping stock;

	StockApiController(StockKeeping stock) {
		this.stock = stock;
	}

	@GetMapping
	List<StockLevel> levels(@RequestParam(required = false) @Nullable UUID plantId) {
		return this.stock.levels(tenant(), plantId);
	}

	@GetMapping("/{plantId}/{itemId}")
	Map<String, Object> item(@PathVariable UUID plantId, @PathVariable UUID itemId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("plantId", plantId);
		body.put("itemId", itemId);
		BigDecimal onHand = this.stock.onHand(tenant(), plantId, itemId);
		body.put("onHand", onHand);
		body.put("movements", this.stock.movements(tenant(), plantId, itemId, 200));
		return body;
	}

	@PostMapping("/receipts")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('OPERATOR')")
	StockMovement receive(@RequestBody StockDraft draft) {
		return this.stock.move(tenant(), StockMovement.Kind.RECEIPT, draft);
	}

	@PostMapping("/issues")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('OPERATOR')")
	StockMovement issue(@RequestBody StockDraft draft) {
		return this.stock.move(tenant(), StockMovement.Kind.ISSUE, draft);
	}

	@PostMapping("/adjustments")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	StockMovement adjust(@RequestBody StockDraft draft) {
		return this.stock.move(tenant(), StockMovement.Kind.ADJUSTMENT, draft);
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
