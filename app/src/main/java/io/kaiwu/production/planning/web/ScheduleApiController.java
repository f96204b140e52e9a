package io.kaiwu.production.planning.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kaiwu.production.planning.Planning;
import io.kaiwu.production.planning.ScheduleView;
import io.kaiwu.production.planning.StoredSchedule;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finite-capacity schedules (排程): everyone reads them and the dispatch lists; planners
 * (engineers) plan, insert rush orders, move operations by hand, re-plan around them,
 * approve and discard drafts.
 */
@RestController
@RequestMapping("/api/v1/production")
@PreAuthorize("hasRole('VIEWER')")
class ScheduleApiController {

	private final Planning planning;

	private final ScheduleView view;

	ScheduleApiController(Planning planning, ScheduleView view) {
		this.planning = planning;
		this.view = view;
	}

	record PlanRequest(@Nullable String note) {
	}

	record RushOrder(@Nullable UUID productionOrderId) {
	}

	record Move(@Nullable UUID resourceId, @Nullable String start) {
	}

	@GetMapping("/schedules")
	List<StoredSchedule> list() {
		return this.planning.recent(tenant());
	}

	@PostMapping("/schedules")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	ScheduleView.Detail plan(@RequestBody(required = false) @Nullable PlanRequest request) {
		List<FieldError> errors = new ArrayList<>();
		String note = FieldChecks.optional((request != null) ? request.note() : null, "note", 500, errors);
		refuse(errors);
		return this.view.detail(tenant(), this.planning.plan(tenant(), note).id());
	}

	@GetMapping("/schedules/active")
	ScheduleView.Detail active() {
		return this.view.active(tenant()).orElseThrow(() -> new KaiwuProblem.NotFound("schedule", "active"));
	}

	@GetMapping("/schedules/{id}")
	ScheduleView.Detail get(@PathVariable UUID id) {
		return this.view.detail(tenant(), id);
	}

	@PostMapping("/schedules/{id}/activate")
	@PreAuthorize("hasRole('ENGINEER')")
	ScheduleView.Detail activate(@PathVariable UUID id) {
		return this.view.detail(tenant(), this.planning.activate(tenant(), id).id());
	}

	@PostMapping("/schedules/{id}/discard")
	@PreAuthorize("hasRole('ENGINEER')")
	ScheduleView.Detail discard(@PathVariable UUID id) {
		return this.view.detail(tenant(), this.planning.discard(tenant(), id).id());
	}

	@PostMapping("/schedules/{id}/replan")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	ScheduleView.Detail replan(@PathVariable UUID id) {
		return this.view.detail(tenant(), this.planning.replanAround(tenant(), id).id());
	}

	@PutMapping("/schedules/{id}/operations/{workOrderId}")
	@PreAuthorize("hasRole('ENGINEER')")
	ScheduleView.Detail move(@PathVariable UUID id, @PathVariable UUID workOrderId, @RequestBody Move move) {
		List<FieldError> errors = new ArrayList<>();
		if (move.resourceId() == null) {
			errors.add(new FieldError("resourceId", "problem.field.required"));
		}
		if (FieldChecks.blank(move.start())) {
			errors.add(new FieldError("start", "problem.field.required"));
		}
		Instant start = FieldChecks.instant(move.start(), "start", errors);
		refuse(errors);
		return this.view.detail(tenant(), this.planning.move(tenant(), id, workOrderId, move.resourceId(), start).id());
	}

	@PostMapping("/schedules/rush-orders")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	ScheduleView.Detail rushOrder(@RequestBody RushOrder rush) {
		if (rush.productionOrderId() == null) {
			refuse(List.of(new FieldError("productionOrderId", "problem.field.required")));
		}
		return this.view.detail(tenant(), this.planning.insertRushOrder(tenant(), rush.productionOrderId()).id());
	}

	@GetMapping("/dispatch-lists/{workCentreId}")
	List<ScheduleView.Row> dispatchList(@PathVariable UUID workCentreId) {
		return this.view.dispatchList(tenant(), workCentreId);
	}

	private static void refuse(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
