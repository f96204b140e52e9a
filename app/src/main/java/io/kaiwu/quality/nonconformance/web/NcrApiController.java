package io.kaiwu.quality.nonconformance.web;

import java.time.LocalDate;
import java.util.UUID;

import io.kaiwu.quality.nonconformance.ManagingNcrs;
import io.kaiwu.quality.nonconformance.Ncr;
import io.kaiwu.quality.nonconformance.NcrDraft;
import io.kaiwu.quality.nonconformance.NcrFilter;
import io.kaiwu.quality.nonconformance.kernel.Discipline;
import io.kaiwu.quality.nonconformance.kernel.NcrState;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
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
 * Nonconformance reports (不合格品报告, NCR) with disposition, 8D steps and CAPA actions.
 * Everyone in the tenant reads them; operators raise them and work on their actions;
 * quality engineers disposition them, plan and finish 8D steps, verify actions and move
 * them from state to state. A refused move answers 409 saying what is needed first.
 */
@RestController
@RequestMapping("/api/v1/quality/ncrs")
@PreAuthorize("hasRole('VIEWER')")
class NcrApiController {

	private final ManagingNcrs ncrs;

	NcrApiController(ManagingNcrs ncrs) {
		this.ncrs = ncrs;
	}

	record Dispositioning(@Nullable String disposition, @Nullable Integer quantity, @Nullable String note) {
	}

	record StepPlan(@Nullable String owner, @Nullable LocalDate dueDate, @Nullable String note) {
	}

	record Note(@Nullable String note) {
	}

	record ActionDraft(@Nullable String kind, @Nullable String description, @Nullable String owner,
			@Nullable LocalDate dueDate) {
	}

	record Transition(@Nullable String to, @Nullable String note) {
	}

	@GetMapping
	Page<Ncr> list(@RequestParam(required = false) @Nullable NcrState state,
			@RequestParam(required = false) @Nullable UUID supplierId,
			@RequestParam(required = false) @Nullable Boolean overdue,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.ncrs.list(tenant(), new NcrFilter(state, supplierId, Boolean.TRUE.equals(overdue)),
				PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	Ncr get(@PathVariable UUID id) {
		return this.ncrs.get(tenant(), id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('OPERATOR')")
	Ncr raise(@RequestBody NcrDraft draft) {
		return this.ncrs.raise(tenant(), draft);
	}

	@PostMapping("/{id}/disposition")
	@PreAuthorize("hasRole('ENGINEER')")
	Ncr disposition(@PathVariable UUID id, @RequestBody Dispositioning body) {
		return this.ncrs.disposition(tenant(), id, body.disposition(), body.quantity(), body.note());
	}

	@PutMapping("/{id}/steps/{step}")
	@PreAuthorize("hasRole('ENGINEER')")
	Ncr planStep(@PathVariable UUID id, @PathVariable Discipline step, @RequestBody StepPlan plan) {
		return this.ncrs.planStep(tenant(), id, step, plan.owner(), plan.dueDate(), plan.note());
	}

	@PostMapping("/{id}/steps/{step}/done")
	@PreAuthorize("hasRole('ENGINEER')")
	Ncr finishStep(@PathVariable UUID id, @PathVariable Discipline step,
			@RequestBody(required = false) @Nullable Note note) {
		return this.ncrs.finishStep(tenant(), id, step, (note != null) ? note.note() : null);
	}

	@PostMapping("/{id}/actions")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Ncr addAction(@PathVariable UUID id, @RequestBody ActionDraft action) {
		return this.ncrs.addAction(tenant(), id, action.kind(), action.description(), action.owner(), action.dueDate());
	}

	@PostMapping("/{id}/actions/{actionId}/done")
	@PreAuthorize("hasRole('OPERATOR')")
	Ncr finishAction(@PathVariable UUID id, @PathVariable UUID actionId) {
		return this.ncrs.finishAction(tenant(), id, actionId);
	}

	@PostMapping("/{id}/actions/{actionId}/verify")
	@PreAuthorize("hasRole('ENGINEER')")
	Ncr verifyAction(@PathVariable UUID id, @PathVariable UUID actionId, @RequestBody Note note) {
		return this.ncrs.verifyAction(tenant(), id, actionId, note.note());
	}

	@PostMapping("/{id}/transition")
	@PreAuthorize("hasRole('ENGINEER')")
	Ncr transition(@PathVariable UUID id, @RequestBody Transition transition) {
		return this.ncrs.transition(tenant(), id, transition.to(), transition.note());
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
