package io.kaiwu.energy.hint.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.energy.hint.Evidence;
import io.kaiwu.energy.hint.SavingHints;
import io.kaiwu.energy.hint.Suggestion;
import io.kaiwu.energy.hint.SuggestionKind;
import io.kaiwu.energy.hint.SuggestionState;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.TenantId;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Optimisation hints over REST: the ranked list (filtered by state and kind), one with
 * its evidence, the list as CSV, working them out again now (engineers) and marking one
 * done, dismissed or open again (engineers).
 */
@RestController
@RequestMapping("/api/v1/energy/suggestions")
@PreAuthorize("hasRole('VIEWER')")
class SuggestionApiController {

	private final SavingHints hints;

	SuggestionApiController(SavingHints hints) {
		this.hints = hints;
	}

	@GetMapping
	List<SuggestionView> list(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String kind) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		return this.hints.list(tenant, state, kind).stream().map(SuggestionView::of).toList();
	}

	@GetMapping("/export.csv")
	void export(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String kind, HttpServletResponse response) throws IOException {
		SuggestionCsv.of(this.hints.list(CurrentPrincipal.get().requireTenant(), state, kind))
			.writeTo(response, "energy-suggestions");
	}

	@GetMapping("/{id}")
	SuggestionView get(@PathVariable UUID id) {
		return SuggestionView.of(this.hints.get(CurrentPrincipal.get().requireTenant(), id));
	}

	@PostMapping("/recompute")
	@PreAuthorize("hasRole('ENGINEER')")
	List<SuggestionView> recompute() {
		return this.hints.recompute(CurrentPrincipal.get().requireTenant()).stream().map(SuggestionView::of).toList();
	}

	@PutMapping("/{id}/state")
	@PreAuthorize("hasRole('ENGINEER')")
	SuggestionView mark(@PathVariable UUID id, @RequestBody(required = false) @Nullable StateChange change) {
		return SuggestionView
			.of(this.hints.mark(CurrentPrincipal.get().requireTenant(), id, (change != null) ? change.state() : null));
	}

	record StateChange(@Nullable String state) {
	}

	record SuggestionView(UUID id, SuggestionKind kind, UUID subjectId, String subjectCode, String subjectName,
			SuggestionState state, @Nullable BigDecimal moneyPerMonth, @Nullable BigDecimal kWhPerMonth,
			@Nullable BigDecimal tcePerMonth, Map<String, @Nullable BigDecimal> figures, Evidence evidence,
			OffsetDateTime observedFrom, OffsetDateTime observedTo, OffsetDateTime computedAt) {

		static SuggestionView of(Suggestion s) {
			var f = s.finding();
			return new SuggestionView(s.id(), f.kind(), f.subjectId(), f.subjectCode(), f.subjectName(), s.state(),
					f.moneyPerMonth(), f.kWhPerMonth(), f.tcePerMonth(), f.figures(), f.evidence(),
					f.observedFrom().atOffset(ZoneOffset.UTC), f.observedTo().atOffset(ZoneOffset.UTC),
					s.computedAt().atOffset(ZoneOffset.UTC));
		}

	}

}
