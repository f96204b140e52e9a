package io.kaiwu.maintenance.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaiwu.alarm.AlarmLookup;
import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.equipment.EquipmentSummary;
import io.kaiwu.maintenance.order.LabourDraft;
import io.kaiwu.maintenance.order.MaintenanceOrder;
import io.kaiwu.maintenance.order.ManagingOrders;
import io.kaiwu.maintenance.order.OrderChanges;
import io.kaiwu.maintenance.order.OrderDraft;
import io.kaiwu.maintenance.order.OrderFilter;
import io.kaiwu.maintenance.order.OrderKind;
import io.kaiwu.maintenance.order.OrderPriority;
import io.kaiwu.maintenance.order.OrderState;
import io.kaiwu.maintenance.order.PartDraft;
import io.kaiwu.maintenance.plan.MaintenanceSettings;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Maintenance orders (维修工单) as pages for a tablet: the list with filters and a form for a
 * new order, and one order with its checklist to tick, parts and labour to add, a form to
 * change it while it is open, and the buttons to start, close or cancel it. A refused
 * form shows the services' reasons (the REST API's) next to the fields.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class OrderPagesController {

	private final ManagingOrders orders;

	private final EquipmentCatalog equipment;

	private final Problems problems;

	private final MaintenanceSettings settings;

	private final AlarmLookup alarms;

	OrderPagesController(ManagingOrders orders, EquipmentCatalog equipment, Problems problems,
			MaintenanceSettings settings, AlarmLookup alarms) {
		this.orders = orders;
		this.equipment = equipment;
		this.problems = problems;
		this.settings = settings;
		this.alarms = alarms;
	}

	/** The new-order form's fields as the browser sends them. */
	record OrderForm(@Nullable String kind, @Nullable UUID equipmentId, @Nullable String title,
			@Nullable String description, @Nullable String priority, @Nullable String assignee,
			@Nullable String plannedStart, @Nullable String plannedEnd, @Nullable Boolean suppressAlarms,
			@Nullable Boolean breakdown, @Nullable String checklist, @Nullable UUID alarmId) {

		/** The form for an order from an alarm: corrective, the rest from the alarm. */
		static OrderForm fromAlarm(UUID alarmId) {
			return new OrderForm(OrderKind.CORRECTIVE.name(), null, null, null, null, null, null, null, null, null,
					null, alarmId);
		}

		OrderDraft draft(ZoneId zone) {
			List<String> steps = (this.checklist == null) ? List.of()
					: Arrays.stream(this.checklist.split("\\R")).filter((s) -> !s.isBlank()).toList();
			return new OrderDraft(this.kind, this.equipmentId, this.title, this.description, this.priority,
					this.assignee, Forms.instant(this.plannedStart, zone), Forms.instant(this.plannedEnd, zone),
					this.suppressAlarms, this.breakdown, this.alarmId, steps);
		}

	}

	/** The change form's fields as the browser sends them (times as datetime-local). */
	record EditForm(@Nullable String title, @Nullable String description, @Nullable String priority,
			@Nullable String assignee, @Nullable String plannedStart, @Nullable String plannedEnd,
			@Nullable Boolean suppressAlarms, @Nullable Boolean breakdown) {

		static EditForm of(MaintenanceOrder order, ZoneId zone) {
			DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(zone);
			return new EditForm(order.title(), order.description(), order.priority().name(), order.assignee(),
					(order.plannedStart() != null) ? local.format(order.plannedStart()) : null,
					(order.plannedEnd() != null) ? local.format(order.plannedEnd()) : null, order.suppressAlarms(),
					order.breakdown());
		}

		OrderChanges changes(ZoneId zone) {
			return new OrderChanges(this.title, this.description, this.priority, this.assignee,
					Forms.instant(this.plannedStart, zone), Forms.instant(this.plannedEnd, zone), this.suppressAlarms,
					this.breakdown);
		}

	}

	@GetMapping("/maintenance/orders")
	String list(@RequestParam(required = false) @Nullable UUID equipmentId,
			@RequestParam(required = false) @Nullable OrderState state,
			@RequestParam(required = false) @Nullable OrderKind kind,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable UUID alarmId, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		if (alarmId != null) {
			// the new-order form from an alarm (the alarm page's action)
			model.addAttribute("alarm",
					this.alarms.alarm(tenant, alarmId).orElseThrow(() -> new KaiwuProblem.NotFound("alarm", alarmId)));
			model.addAttribute("form", OrderForm.fromAlarm(alarmId));
		}
		model.addAttribute("page",
				this.orders.list(tenant, new OrderFilter(equipmentId, state, kind), PageQuery.of(page, 50)));
		model.addAttribute("machines", machines(tenant));
		model.addAttribute("filter", new OrderFilter(equipmentId, state, kind));
		model.addAttribute("states", OrderState.values());
		model.addAttribute("kinds", OrderKind.values());
		model.addAttribute("priorities", OrderPriority.values());
		model.addAttribute("canCreate", me.has(Role.OPERATOR));
		model.addAttribute("when", when(this.settings.zone()));
		model.addAttribute("errors", List.of());
		model.addAttribute("fieldErrors", Map.of());
		return "maintenance/orders";
	}

	@PostMapping("/maintenance/orders")
	@PreAuthorize("hasRole('OPERATOR')")
	String create(@ModelAttribute OrderForm form, Model model) {
		try {
			UUID id = this.orders.create(CurrentPrincipal.get().requireTenant(), form.draft(this.settings.zone())).id();
			return "redirect:/maintenance/orders/" + id;
		}
		catch (KaiwuProblem.InvalidInput ex) {
			list(null, null, null, null, form.alarmId(), model);
			model.addAttribute("errors", this.problems.lines(ex));
			model.addAttribute("fieldErrors", this.problems.byField(ex));
			model.addAttribute("form", form);
			return "maintenance/orders";
		}
	}

	@GetMapping("/maintenance/orders/{id}")
	String order(@PathVariable UUID id, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		MaintenanceOrder order = this.orders.get(tenant, id);
		model.addAttribute("order", order);
		model.addAttribute("machines", machines(tenant));
		model.addAttribute("priorities", OrderPriority.values());
		if (!model.containsAttribute("edit")) {
			model.addAttribute("edit", EditForm.of(order, this.settings.zone()));
		}
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", Map.of());
		}
		model.addAttribute("canWork", me.has(Role.OPERATOR));
		model.addAttribute("canCancel", me.has(Role.ENGINEER));
		model.addAttribute("when", when(this.settings.zone()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "maintenance/order";
	}

	@PostMapping("/maintenance/orders/{id}")
	@PreAuthorize("hasRole('OPERATOR')")
	String update(@PathVariable UUID id, @ModelAttribute EditForm edit, Model model) {
		try {
			this.orders.update(CurrentPrincipal.get().requireTenant(), id, edit.changes(this.settings.zone()));
			return "redirect:/maintenance/orders/" + id;
		}
		catch (KaiwuProblem.InvalidInput ex) {
			model.addAttribute("edit", edit);
			model.addAttribute("fieldErrors", this.problems.byField(ex));
			model.addAttribute("errors", this.problems.lines(ex));
			return order(id, model);
		}
	}

	@PostMapping("/maintenance/orders/{id}/start")
	@PreAuthorize("hasRole('OPERATOR')")
	String start(@PathVariable UUID id, Model model) {
		return act(id, model, (tenant) -> this.orders.start(tenant, id));
	}

	@PostMapping("/maintenance/orders/{id}/checklist")
	@PreAuthorize("hasRole('OPERATOR')")
	String addStep(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text, Model model) {
		return act(id, model, (tenant) -> this.orders.addStep(tenant, id, text));
	}

	@PostMapping("/maintenance/orders/{id}/checklist/{stepId}")
	@PreAuthorize("hasRole('OPERATOR')")
	String tick(@PathVariable UUID id, @PathVariable UUID stepId, @RequestParam boolean done, Model model) {
		return act(id, model, (tenant) -> this.orders.tick(tenant, id, stepId, done));
	}

	@PostMapping("/maintenance/orders/{id}/parts")
	@PreAuthorize("hasRole('OPERATOR')")
	String addPart(@PathVariable UUID id, @RequestParam(required = false) @Nullable String itemCode,
			@RequestParam(required = false) @Nullable String quantity,
			@RequestParam(required = false) @Nullable String unit, Model model) {
		return act(id, model, (tenant) -> this.orders.addPart(tenant, id,
				new PartDraft(null, itemCode, Forms.decimal(quantity, "quantity"), unit)));
	}

	@PostMapping("/maintenance/orders/{id}/labour")
	@PreAuthorize("hasRole('OPERATOR')")
	String addLabour(@PathVariable UUID id, @RequestParam(required = false) @Nullable String person,
			@RequestParam(required = false) @Nullable String minutes, Model model) {
		return act(id, model, (tenant) -> this.orders.addLabour(tenant, id,
				new LabourDraft(person, Forms.integer(minutes, "minutes"))));
	}

	@PostMapping("/maintenance/orders/{id}/complete")
	@PreAuthorize("hasRole('OPERATOR')")
	String complete(@PathVariable UUID id, @RequestParam(required = false) @Nullable String closureNotes, Model model) {
		return act(id, model, (tenant) -> this.orders.complete(tenant, id, closureNotes));
	}

	@PostMapping("/maintenance/orders/{id}/cancel")
	@PreAuthorize("hasRole('ENGINEER')")
	String cancel(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, Model model) {
		return act(id, model, (tenant) -> this.orders.cancel(tenant, id, reason));
	}

	/** Does one thing to the order; a refusal shows the order again with the reasons. */
	private String act(UUID id, Model model, Function<TenantId, ?> action) {
		try {
			action.apply(CurrentPrincipal.get().requireTenant());
			return "redirect:/maintenance/orders/" + id;
		}
		catch (KaiwuProblem.InvalidInput | KaiwuProblem.Conflict ex) {
			model.addAttribute("errors", this.problems.lines(ex));
			return order(id, model);
		}
	}

	/** How the pages show a moment: minutes, in the zone plans count in. */
	static DateTimeFormatter when(ZoneId zone) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
	}

	static Map<UUID, EquipmentSummary> machines(EquipmentCatalog equipment, TenantId tenant) {
		return equipment.all(tenant)
			.stream()
			.collect(Collectors.toMap(EquipmentSummary::id, Function.identity(), (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	private Map<UUID, EquipmentSummary> machines(TenantId tenant) {
		return this.equipment.all(tenant)
			.stream()
			.collect(Collectors.toMap(EquipmentSummary::id, Function.identity(), (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

}
