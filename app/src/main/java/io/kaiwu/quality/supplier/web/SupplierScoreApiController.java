package io.kaiwu.quality.supplier.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.quality.SupplierQuality;
import io.kaiwu.quality.supplier.SupplierScores;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supplier quality scores over {@code [from, to)}, the last 90 days when left out: one
 * supplier's with its components, or the ranking of all suppliers with data.
 */
@RestController
@RequestMapping("/api/v1/quality/suppliers")
@PreAuthorize("hasRole('VIEWER')")
class SupplierScoreApiController {

	/** The span scored when none is given: a quarter. */
	static final Duration DEFAULT_PERIOD = Duration.ofDays(90);

	private final SupplierScores scores;

	SupplierScoreApiController(SupplierScores scores) {
		this.scores = scores;
	}

	@GetMapping("/{id}/score")
	SupplierScores.Ranked score(@PathVariable UUID id, @RequestParam(required = false) @Nullable Instant from,
			@RequestParam(required = false) @Nullable Instant to) {
		return this.scores.scoreOfSupplier(CurrentPrincipal.get().requireTenant(), id, period(from, to));
	}

	@GetMapping("/ranking")
	List<SupplierScores.Ranked> ranking(@RequestParam(required = false) @Nullable Instant from,
			@RequestParam(required = false) @Nullable Instant to) {
		return this.scores.ranking(CurrentPrincipal.get().requireTenant(), period(from, to));
	}

	static SupplierQuality.Period period(@Nullable Instant from, @Nullable Instant to) {
		Instant end = (to != null) ? to : Instant.now();
		Instant start = (from != null) ? from : end.minus(DEFAULT_PERIOD);
		if (!end.isAfter(start)) {
			throw new KaiwuProblem.InvalidInput("to", "quality.supplier.problem.period");
		}
		return new SupplierQuality.Period(start, end);
	}

}
