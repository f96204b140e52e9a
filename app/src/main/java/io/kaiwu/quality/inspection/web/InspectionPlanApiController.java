package io.kaiwu.quality.inspection.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.quality.inspection.InspectionKind;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.quality.inspection.plan.InspectionPlans;
import io.kaiwu.quality.inspection.plan.PlanDraft;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
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

/**
 * Inspection plans (检验计划) of the signed-in tenant. Engineers create, change and delete
 * them; everyone in the tenant reads them.
 */
@RestController
@RequestMapping("/api/v1/quality/inspection-plans")
@PreAuthorize("hasRole('VIEWER')")
class InspectionPlanApiController {

	private final InspectionPlans plans;

	InspectionPlanApiController(InspectionPlans plans) {
		this.plans = plans;
	}

	@GetMapping
	Page<Map<String, Object>> list(@RequestParam(required = false) @Nullable UUID itemId,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.plans.list(tenant(), itemId, kind(kind), PageQuery.of(page, size)).map(PlanJson::of);
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@PathVariable UUID id) {
		return PlanJson.of(this.plans.get(tenant(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> create(@RequestBody PlanDraft draft) {
		return PlanJson.of(this.plans.create(tenant(), draft));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> update(@PathVariable UUID id, @RequestBody PlanDraft draft) {
		return PlanJson.of(this.plans.update(tenant(), id, draft));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.plans.delete(tenant(), id);
	}

	private static @Nullable InspectionKind kind(@Nullable String kind) {
		if (FieldChecks.blank(kind)) {
			return null;
		}
		List<KaiwuProblem.FieldError> errors = new java.util.ArrayList<>();
		InspectionKind parsed = FieldChecks.choice(InspectionKind.class, kind, "kind", errors);
		if (parsed == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return parsed;
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
