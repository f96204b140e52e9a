package io.kaiwu.production.shopfloor.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.production.shopfloor.Reason;
import io.kaiwu.production.shopfloor.ReasonDraft;
import io.kaiwu.production.shopfloor.ShopfloorReasons;
import io.kaiwu.production.shopfloor.ShopfloorSettings;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
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
 * The tenant's pause and scrap reasons and its over-delivery tolerance. Everyone reads
 * them; engineers change them.
 */
@RestController
@RequestMapping("/api/v1/production/shop-floor")
@PreAuthorize("hasRole('VIEWER')")
class ShopfloorSettingsApiController {

	private final ShopfloorReasons reasons;

	private final ShopfloorSettings settings;

	ShopfloorSettingsApiController(ShopfloorReasons reasons, ShopfloorSettings settings) {
		this.reasons = reasons;
		this.settings = settings;
	}

	record Tolerance(@Nullable BigDecimal overDeliveryPercent) {
	}

	@GetMapping("/reasons")
	List<Reason> reasons(@RequestParam(required = false) @Nullable String kind) {
		return this.reasons.list(tenant(), kind(kind));
	}

	@PostMapping("/reasons")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Reason add(@RequestBody ReasonDraft draft) {
		return this.reasons.add(tenant(), draft);
	}

	@PutMapping("/reasons/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	Reason change(@PathVariable UUID id, @RequestBody ReasonDraft draft) {
		return this.reasons.change(tenant(), id, draft);
	}

	@GetMapping("/settings")
	Map<String, Object> settings() {
		return Map.of("overDeliveryPercent", this.settings.overDeliveryPercent(tenant()));
	}

	@PutMapping("/settings")
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> change(@RequestBody Tolerance tolerance) {
		return Map.of("overDeliveryPercent",
				this.settings.setOverDeliveryPercent(tenant(), tolerance.overDeliveryPercent()));
	}

	private static Reason.Kind kind(@Nullable String kind) {
		if (kind == null || kind.isBlank()) {
			return Reason.Kind.PAUSE;
		}
		try {
			return Reason.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new KaiwuProblem.InvalidInput("kind", "shopfloor.problem.reason-kind", kind);
		}
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
