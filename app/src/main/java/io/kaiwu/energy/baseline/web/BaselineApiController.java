package io.kaiwu.energy.baseline.web;

import java.util.UUID;

import io.kaiwu.energy.baseline.BaselineComparison;
import io.kaiwu.energy.baseline.BaselineReport;
import io.kaiwu.shared.CurrentPrincipal;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Baseline against actual over REST, for a meter or a node. */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class BaselineApiController {

	private final BaselineComparison baseline;

	BaselineApiController(BaselineComparison baseline) {
		this.baseline = baseline;
	}

	@GetMapping("/api/v1/energy/baseline")
	BaselineReport compare(@RequestParam(required = false) @Nullable UUID meterId,
			@RequestParam(required = false) @Nullable UUID nodeId,
			@RequestParam(required = false) @Nullable String referenceFrom,
			@RequestParam(required = false) @Nullable String referenceTo,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String profile) {
		return this.baseline.compare(CurrentPrincipal.get().requireTenant(), meterId, nodeId, referenceFrom,
				referenceTo, from, to, profile);
	}

}
