package io.kaiwu.maintenance.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.maintenance.plan.MaintenancePlan;
import io.kaiwu.maintenance.plan.ManagingPlans;
import io.kaiwu.maintenance.plan.PlanDraft;
import io.kaiwu.shared.CurrentPrincipal;
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
 * Maintenance plans (维护计划) of the signed-in tenant. Engineers create, change and delete
 * them; everyone in the tenant reads them, with the machine's reading and the next due
 * point.
 */
@RestController
@RequestMapping("/api/v1/maintenance-plans")
@PreAuthorize("hasRole('VIEWER')")
class PlanApiController {

	private final ManagingPlans plans;

	PlanApiController(ManagingPlans plans) {
		this.plans = plans;
	}

	@GetMapping
	Page<Map<String, Object>> list(@RequestParam(required = false) @Nullable UUID equipmentId,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.plans.list(tenant(), equipmentId, PageQuery.of(page, size)).map(this::json);
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@PathVariable UUID id) {
		return json(this.plans.get(tenant(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> create(@RequestBody PlanDraft draft) {
		return json(this.plans.create(tenant(), draft));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> update(@PathVariable UUID id, @RequestBody PlanDraft draft) {
		return json(this.plans.update(tenant(), id, draft));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.plans.delete(tenant(), id);
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

	Map<String, Object> json(MaintenancePlan p) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", p.id());
		json.put("equipmentId", p.equipmentId());
		json.put("name", p.name());
		json.put("description", p.description());
		json.put("trigger", p.trigger().name());
		json.put("every", p.every());
		json.put("calendarUnit", (p.calendarUnit() != null) ? p.calendarUnit().name() : null);
		json.put("startOn", (p.startOn() != null) ? p.startOn().toString() : null);
		json.put("nextDueOn", (p.nextDueOn() != null) ? p.nextDueOn().toString() : null);
		if (p.trigger().byUsage()) {
			json.put("reading", this.plans.reading(p));
			json.put("nextDueAt", (p.nextDueUsage() != null) ? (double) p.nextDueUsage() / p.unitSize() : null);
		}
		json.put("checklist", p.checklist());
		json.put("priority", p.priority().name());
		json.put("assignee", p.assignee());
		json.put("windowMinutes", p.windowMinutes());
		json.put("suppressAlarms", p.suppressAlarms());
		json.put("active", p.active());
		json.put("lastOrderId", p.lastOrderId());
		json.put("createdAt", p.createdAt().toString());
		json.put("updatedAt", p.updatedAt().toString());
		return json;
	}

}
