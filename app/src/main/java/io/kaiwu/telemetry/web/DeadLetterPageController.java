package io.kaiwu.telemetry.web;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.telemetry.ingest.DeadLetters;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The tenant's dead letters as a page: telemetry that was not stored, and why. */
@Controller
@PreAuthorize("hasRole('ENGINEER')")
class DeadLetterPageController {

	private final DeadLetters deadLetters;

	DeadLetterPageController(DeadLetters deadLetters) {
		this.deadLetters = deadLetters;
	}

	@GetMapping("/dead-letters")
	String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("page",
				this.deadLetters.list(CurrentPrincipal.get().requireTenant(), PageQuery.of(page, 50)));
		return "telemetry/dead-letters";
	}

}
