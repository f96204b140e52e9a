package io.kaiwu.production.routing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.kaiwu.production.routing.ManagingRoutings;
import io.kaiwu.production.routing.RoutingDetails;
import io.kaiwu.production.routing.RoutingDraft;
import io.kaiwu.production.routing.Routings;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Routings (工艺路线): versions with effectivity, steps and alternative resources. */
@RestController
@RequestMapping("/api/v1/production/routings")
@PreAuthorize("hasRole('VIEWER')")
class RoutingApiController {

	private final ManagingRoutings routings;

	RoutingApiController(ManagingRoutings routings) {
		this.routings = routings;
	}

	/** All versions, or those of one item. */
	@GetMapping
	List<RoutingDetails> list(@RequestParam(required = false) @Nullable UUID itemId) {
		return (itemId != null) ? this.routings.versions(tenant(), itemId) : this.routings.all(tenant());
	}

	/**
	 * The version of an item's routing effective on a day (today when not given), as
	 * orders read it.
	 */
	@GetMapping("/effective")
	Routings.Routing effective(@RequestParam UUID itemId, @RequestParam(required = false) @Nullable LocalDate on) {
		LocalDate day = (on != null) ? on : LocalDate.now();
		return this.routings.effective(tenant(), itemId, day)
			.orElseThrow(() -> new KaiwuProblem.NotFound("routing", itemId + " @ " + day));
	}

	@GetMapping("/{id}")
	RoutingDetails get(@PathVariable UUID id) {
		return this.routings.get(tenant(), id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	RoutingDetails create(@RequestBody RoutingDraft draft) {
		return this.routings.create(tenant(), draft);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	RoutingDetails update(@PathVariable UUID id, @RequestBody RoutingDraft draft) {
		return this.routings.update(tenant(), id, draft);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.routings.delete(tenant(), id);
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
