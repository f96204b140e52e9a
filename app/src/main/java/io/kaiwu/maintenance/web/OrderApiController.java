package io.kaiwu.maintenance.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.maintenance.order.LabourDraft;
import io.kaiwu.maintenance.order.MaintenanceOrder;
import io.kaiwu.maintenance.order.ManagingOrders;
import io.kaiwu.maintenance.order.OrderChanges;
import io.kaiwu.maintenance.order.OrderChild;
import io.kaiwu.maintenance.order.OrderDraft;
import io.kaiwu.maintenance.order.OrderFilter;
import io.kaiwu.maintenance.order.OrderKind;
import io.kaiwu.maintenance.order.OrderState;
import io.kaiwu.maintenance.order.PartDraft;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.KaiwuProblem;
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
 * Maintenance orders (维修工单) of the signed-in tenant. Operators work on orders (start,
 * tick the checklist, record parts and labour, close); engineers also create, change,
 * cancel and delete them; everyone in the tenant reads them.
 */
@RestController
@RequestMapping("/api/v1/maintenance-orders")
@PreAuthorize("hasRole('VIEWER')")
class OrderApiController {

	private final ManagingOrders orders;

	OrderApiController(ManagingOrders orders) {
		this.orders = orders;
	}

	record Closing(@Nullable String closureNotes) {
	}

	record Cancelling(@Nullable String reason) {
	}

	record Step(@Nullable String text) {
	}

	record Tick(@Nullable Boolean done) {
	}

	@GetMapping
	Page<Map<String, Object>> list(@RequestParam(required = false) @Nullable UUID equipmentId,
			@RequestParam(required = false) @Nullable OrderState state,
			@RequestParam(required = false) @Nullable OrderKind kind,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.orders.list(tenant(), new OrderFilter(equipmentId, state, kind), PageQuery.of(page, size))
			.map(OrderApiController::json);
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@PathVariable UUID id) {
		return json(this.orders.get(tenant(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> create(@RequestBody OrderDraft draft) {
		return json(this.orders.create(tenant(), draft));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> update(@PathVariable UUID id, @RequestBody OrderChanges changes) {
		return json(this.orders.update(tenant(), id, changes));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.orders.delete(tenant(), id);
	}

	@PostMapping("/{id}/start")
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> start(@PathVariable UUID id) {
		return json(this.orders.start(tenant(), id));
	}

	@PostMapping("/{id}/complete")
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> complete(@PathVariable UUID id, @RequestBody Closing closing) {
		return json(this.orders.complete(tenant(), id, closing.closureNotes()));
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> cancel(@PathVariable UUID id, @RequestBody Cancelling cancelling) {
		return json(this.orders.cancel(tenant(), id, cancelling.reason()));
	}

	@PostMapping("/{id}/checklist")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> addStep(@PathVariable UUID id, @RequestBody Step step) {
		return json(this.orders.addStep(tenant(), id, step.text()));
	}

	@PutMapping("/{id}/checklist/{stepId}")
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> tick(@PathVariable UUID id, @PathVariable UUID stepId, @RequestBody Tick tick) {
		return json(this.orders.tick(tenant(), id, stepId, !Boolean.FALSE.equals(tick.done())));
	}

	@PostMapping("/{id}/parts")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> addPart(@PathVariable UUID id, @RequestBody PartDraft part) {
		return json(this.orders.addPart(tenant(), id, part));
	}

	@PostMapping("/{id}/labour")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> addLabour(@PathVariable UUID id, @RequestBody LabourDraft labour) {
		return json(this.orders.addLabour(tenant(), id, labour));
	}

	/**
	 * Removes a checklist step, spare part or labour entry: {@code DELETE
	 * …/checklist/{stepId}}, {@code …/parts/{partId}}, {@code …/labour/{entryId}}.
	 */
	@DeleteMapping("/{id}/{child:checklist|parts|labour}/{childId}")
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> remove(@PathVariable UUID id, @PathVariable String child, @PathVariable UUID childId) {
		OrderChild kind = OrderChild.ofPath(child).orElseThrow(() -> new KaiwuProblem.NotFound("order-entry", child));
		return json(this.orders.remove(tenant(), id, kind, childId));
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

	static Map<String, Object> json(MaintenanceOrder o) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", o.id());
		json.put("kind", o.kind().name());
		json.put("state", o.state().name());
		json.put("equipmentId", o.equipmentId());
		json.put("title", o.title());
		json.put("description", o.description());
		json.put("priority", o.priority().name());
		json.put("assignee", o.assignee());
		json.put("plannedStart", text(o.plannedStart()));
		json.put("plannedEnd", text(o.plannedEnd()));
		json.put("suppressAlarms", o.suppressAlarms());
		json.put("breakdown", o.breakdown());
		json.put("alarmId", o.alarmId());
		json.put("alarmText", o.alarmText());
		json.put("planId", o.planId());
		json.put("closureNotes", o.closureNotes());
		json.put("createdBy", o.createdBy());
		json.put("createdAt", o.createdAt().toString());
		json.put("startedBy", o.startedBy());
		json.put("startedAt", text(o.startedAt()));
		json.put("finishedBy", o.finishedBy());
		json.put("finishedAt", text(o.finishedAt()));
		json.put("updatedAt", o.updatedAt().toString());
		json.put("checklist", o.checklist().stream().map((s) -> {
			Map<String, Object> step = new LinkedHashMap<>();
			step.put("id", s.id());
			step.put("text", s.text());
			step.put("done", s.done());
			step.put("doneBy", s.doneBy());
			step.put("doneAt", text(s.doneAt()));
			return step;
		}).toList());
		json.put("parts", o.parts().stream().map((p) -> {
			Map<String, Object> part = new LinkedHashMap<>();
			part.put("id", p.id());
			part.put("itemId", p.itemId());
			part.put("itemCode", p.itemCode());
			part.put("itemName", p.itemName());
			part.put("quantity", p.quantity());
			part.put("unit", p.unit());
			part.put("recordedBy", p.recordedBy());
			part.put("recordedAt", p.recordedAt().toString());
			return part;
		}).toList());
		json.put("labour", o.labour().stream().map((l) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", l.id());
			entry.put("person", l.person());
			entry.put("minutes", l.minutes());
			entry.put("recordedBy", l.recordedBy());
			entry.put("recordedAt", l.recordedAt().toString());
			return entry;
		}).toList());
		json.put("labourMinutes", o.labourMinutes());
		return json;
	}

	private static @Nullable String text(java.time.@Nullable Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

}
