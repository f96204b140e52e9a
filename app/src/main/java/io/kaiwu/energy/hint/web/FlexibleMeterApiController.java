package io.kaiwu.energy.hint.web;

import java.util.List;
import java.util.UUID;

import io.kaiwu.energy.hint.FlexibleMeters;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which meters measure a load that may be moved in time: list them, mark a meter flexible
 * or not (engineers).
 */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class FlexibleMeterApiController {

	private final FlexibleMeters flexible;

	FlexibleMeterApiController(FlexibleMeters flexible) {
		this.flexible = flexible;
	}

	@GetMapping("/api/v1/energy/flexible-meters")
	List<UUID> list() {
		return this.flexible.of(CurrentPrincipal.get().requireTenant());
	}

	@PutMapping("/api/v1/energy/meters/{id}/flexible")
	@PreAuthorize("hasRole('ENGINEER')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void mark(@PathVariable UUID id, @RequestBody(required = false) @Nullable Flexible body) {
		if (body == null || body.flexible() == null) {
			throw new KaiwuProblem.InvalidInput("flexible", "energy.hint.problem.flexible");
		}
		this.flexible.mark(CurrentPrincipal.get().requireTenant(), id, body.flexible());
	}

	record Flexible(@Nullable Boolean flexible) {
	}

}
