package io.kaiwu.telemetry.web;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.telemetry.ingest.DeadLetters;
import io.kaiwu.telemetry.ingest.DeadLetters.DeadLetter;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's dead-letter list: telemetry that was not stored, and why; newest first.
 */
@RestController
@RequestMapping("/api/v1/dead-letters")
@PreAuthorize("hasRole('ENGINEER')")
class DeadLetterApiController {

	private final DeadLetters deadLetters;

	DeadLetterApiController(DeadLetters deadLetters) {
		this.deadLetters = deadLetters;
	}

	@GetMapping
	Page<DeadLetter> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.deadLetters.list(CurrentPrincipal.get().requireTenant(), PageQuery.of(page, size));
	}

}
