package io.kaiwu.maintenance.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.masterdata.ItemCatalog.ItemSummary;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's maintenance orders (维修工单): made by hand, from an alarm or from a plan,
 * worked through OPEN → IN_PROGRESS → DONE (or CANCELLED), every change audited
 * ({@code maintenance-order}). A closed or cancelled order is not changed any more.
 */
@Service
public class ManagingOrders {

	static final String AUDITED = "maintenance-order";

	private final OrderRecords records;

	private final OrderChecks checks;

	private final ItemCatalog items;

	private final ApplicationEventPublisher events;

	ManagingOrders(OrderRecords records, OrderChecks checks, ItemCatalog items, ApplicationEventPublisher events) {
		this.records = records;
		this.checks = checks;
		this.items = items;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Page<MaintenanceOrder> list(TenantId tenant, OrderFilter filter, PageQuery page) {
		return Page.of(this.records.page(tenant, filter, page), this.records.count(tenant, filter), page);
	}

	@Transactional(readOnly = true)
	public MaintenanceOrder get(TenantId tenant, UUID id) {
		return this.records.find(tenant, id, false)
			.orElseThrow(() -> new KaiwuProblem.NotFound("maintenance-order", id));
	}

	/** Orders not cancelled whose planned time overlaps a period (the calendar). */
	@Transactional(readOnly = true)
	public List<MaintenanceOrder> planned(TenantId tenant, Instant from, Instant to) {
		return this.records.planned(tenant, from, to);
	}

	/** Whether an order's maintenance window is open for one of the machines. */
	@Transactional(readOnly = true)
	public boolean windowOpen(TenantId tenant, Collection<UUID> equipment, Instant at) {
		return this.records.windowOpen(tenant, equipment, at);
	}

	/** Whether the plan still has an order to finish. */
	@Transactional(readOnly = true)
	public boolean planHasOpenOrder(TenantId tenant, UUID planId) {
		return this.records.planHasOpenOrder(tenant, planId);
	}

	@Transactional
	public MaintenanceOrder create(TenantId tenant, OrderDraft draft) {
		OrderChecks.Checked c = this.checks.check(tenant, draft);
		return insert(new MaintenanceOrder(UUID.randomUUID(), tenant, c.kind(), OrderState.OPEN, c.equipmentId(),
				c.title(), c.description(), c.priority(), c.assignee(), c.plannedStart(), c.plannedEnd(),
				c.suppressAlarms(), c.breakdown(), c.alarmId(), c.alarmText(), null, null, CurrentPrincipal.actorName(),
				Instant.now(), null, null, null, null, Instant.now(), steps(c.checklist()), List.of(), List.of()));
	}

	/** The preventive order of a due plan; the caller holds the plan's lock. */
	@Transactional
	public MaintenanceOrder createFromPlan(TenantId tenant, PlannedWork work) {
		Instant now = Instant.now();
		return insert(new MaintenanceOrder(UUID.randomUUID(), tenant, OrderKind.PREVENTIVE, OrderState.OPEN,
				work.equipmentId(), work.title(), work.description(), work.priority(), work.assignee(),
				work.plannedStart(), work.plannedEnd(), work.suppressAlarms() && work.plannedEnd() != null, false, null,
				null, work.planId(), null, CurrentPrincipal.actorName(), now, null, null, null, null, now,
				steps(work.checklist()), List.of(), List.of()));
	}

	@Transactional
	public MaintenanceOrder update(TenantId tenant, UUID id, OrderChanges changes) {
		MaintenanceOrder before = open(tenant, id);
		this.records.update(this.checks.change(before, changes, Instant.now()));
		return audited(before);
	}

	/** Deletes an order nobody has started; a started one is cancelled instead. */
	@Transactional
	public void delete(TenantId tenant, UUID id) {
		MaintenanceOrder order = this.records.find(tenant, id, true)
			.orElseThrow(() -> new KaiwuProblem.NotFound("maintenance-order", id));
		if (order.state() != OrderState.OPEN || !order.labour().isEmpty() || !order.parts().isEmpty()) {
			throw new KaiwuProblem.Conflict("problem.maintenance.order.delete-started", order.state());
		}
		this.records.delete(tenant, id);
		this.events.publishEvent(ChangeRecorded.deleted(tenant, AUDITED, id, snapshot(order)));
	}

	@Transactional
	public MaintenanceOrder start(TenantId tenant, UUID id) {
		MaintenanceOrder before = open(tenant, id);
		if (before.state() != OrderState.OPEN) {
			throw new KaiwuProblem.Conflict("problem.maintenance.order.transition", before.state(),
					OrderState.IN_PROGRESS);
		}
		Instant now = Instant.now();
		this.records.update(before.with(OrderState.IN_PROGRESS, before.closureNotes(), CurrentPrincipal.actorName(),
				now, null, null, now));
		return audited(before);
	}

	/**
	 * Closes an order in progress: refused without closure notes or while a checklist
	 * step is open, naming the open steps.
	 */
	@Transactional
	public MaintenanceOrder complete(TenantId tenant, UUID id, @Nullable String closureNotes) {
		MaintenanceOrder before = open(tenant, id);
		if (before.state() != OrderState.IN_PROGRESS) {
			throw new KaiwuProblem.Conflict("problem.maintenance.order.transition", before.state(), OrderState.DONE);
		}
		List<FieldError> errors = new ArrayList<>();
		String notes = FieldChecks.optional(closureNotes, "closureNotes", 4000, errors);
		if (FieldChecks.blank(closureNotes)) {
			errors.add(new FieldError("closureNotes", "problem.maintenance.order.notes-to-close"));
		}
		List<ChecklistItem> openSteps = before.openChecklist();
		if (!openSteps.isEmpty()) {
			errors.add(new FieldError("checklist", "problem.maintenance.order.open-steps", openSteps.size(),
					String.join("; ", openSteps.stream().map(ChecklistItem::text).toList())));
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return finish(before, OrderState.DONE, notes);
	}

	/** Cancels an order not yet done; the reason is kept as its closure notes. */
	@Transactional
	public MaintenanceOrder cancel(TenantId tenant, UUID id, @Nullable String reason) {
		MaintenanceOrder before = open(tenant, id);
		List<FieldError> errors = new ArrayList<>();
		String why = FieldChecks.required(reason, "reason", 4000, errors);
		if (why == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return finish(before, OrderState.CANCELLED, why);
	}

	/** Ends an order (done or cancelled) with its notes, by whom and when. */
	private MaintenanceOrder finish(MaintenanceOrder before, OrderState state, @Nullable String notes) {
		Instant now = Instant.now();
		this.records.update(before.with(state, notes, before.startedBy(), before.startedAt(),
				CurrentPrincipal.actorName(), now, now));
		return audited(before);
	}

	@Transactional
	public MaintenanceOrder addStep(TenantId tenant, UUID id, @Nullable String text) {
		return edit(tenant, id, (before) -> {
			List<FieldError> errors = new ArrayList<>();
			String step = FieldChecks.required(text, "text", 500, errors);
			if (step == null) {
				throw new KaiwuProblem.InvalidInput(errors);
			}
			int position = before.checklist().stream().mapToInt(ChecklistItem::position).max().orElse(0) + 1;
			this.records.insertChecklist(tenant, id,
					new ChecklistItem(UUID.randomUUID(), position, step, false, null, null));
		});
	}

	/** Ticks a checklist step (who and when are kept) or takes the tick back. */
	@Transactional
	public MaintenanceOrder tick(TenantId tenant, UUID id, UUID stepId, boolean done) {
		return edit(tenant, id, (before) -> {
			ChecklistItem step = before.checklist()
				.stream()
				.filter((s) -> s.id().equals(stepId))
				.findFirst()
				.orElseThrow(() -> new KaiwuProblem.NotFound(OrderChild.CHECKLIST.what(), stepId));
			this.records.updateChecklist(tenant,
					done ? new ChecklistItem(step.id(), step.position(), step.text(), true,
							CurrentPrincipal.actorName(), Instant.now())
							: new ChecklistItem(step.id(), step.position(), step.text(), false, null, null));
		});
	}

	/** Removes a checklist step, a spare part or a labour entry of an open order. */
	@Transactional
	public MaintenanceOrder remove(TenantId tenant, UUID id, OrderChild child, UUID childId) {
		return edit(tenant, id, (before) -> {
			if (!child.holds(before, childId)) {
				throw new KaiwuProblem.NotFound(child.what(), childId);
			}
			this.records.deleteChild(tenant, child, childId);
		});
	}

	/** Records a spare part: the tenant's item, a positive quantity, a unit. */
	@Transactional
	public MaintenanceOrder addPart(TenantId tenant, UUID id, PartDraft draft) {
		return edit(tenant, id, (before) -> this.records.insertPart(tenant, id, part(tenant, draft)));
	}

	/** A spare part as drafted, checked. */
	private PartUsed part(TenantId tenant, PartDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		ItemSummary item = null;
		if (draft.itemId() != null) {
			item = this.items.item(tenant, draft.itemId()).orElse(null);
			if (item == null) {
				errors.add(new FieldError("itemId", "problem.maintenance.unknown-item", draft.itemId()));
			}
		}
		else if (!FieldChecks.blank(draft.itemCode())) {
			item = this.items.byCode(tenant, draft.itemCode()).orElse(null);
			if (item == null) {
				errors.add(new FieldError("itemCode", "problem.maintenance.unknown-item", draft.itemCode()));
			}
		}
		else {
			errors.add(new FieldError("itemId", "problem.field.required"));
		}
		BigDecimal quantity = draft.quantity();
		if (quantity == null) {
			errors.add(new FieldError("quantity", "problem.field.required"));
		}
		else if (quantity.signum() <= 0) {
			errors.add(new FieldError("quantity", "problem.maintenance.order.quantity-positive", quantity));
		}
		String unit = FieldChecks.optional(draft.unit(), "unit", 32, errors);
		if (!errors.isEmpty() || item == null || quantity == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return new PartUsed(UUID.randomUUID(), item.id(), item.code(), item.name(), quantity,
				(unit != null) ? unit : item.baseUnitCode(), CurrentPrincipal.actorName(), Instant.now());
	}

	/** Records labour: a person (the signed-in user by default) and positive minutes. */
	@Transactional
	public MaintenanceOrder addLabour(TenantId tenant, UUID id, LabourDraft draft) {
		return edit(tenant, id, (before) -> this.records.insertLabour(tenant, id, labour(draft)));
	}

	/** A labour entry as drafted, checked. */
	private static LabourEntry labour(LabourDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		String person = FieldChecks.optional(draft.person(), "person", 100, errors);
		Integer minutes = draft.minutes();
		if (minutes == null) {
			errors.add(new FieldError("minutes", "problem.field.required"));
		}
		else if (minutes <= 0 || minutes > 100_000) {
			errors.add(new FieldError("minutes", "problem.maintenance.order.minutes", minutes));
		}
		if (!errors.isEmpty() || minutes == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		String actor = CurrentPrincipal.actorName();
		return new LabourEntry(UUID.randomUUID(), (person != null) ? person : actor, minutes, actor, Instant.now());
	}

	private MaintenanceOrder insert(MaintenanceOrder order) {
		this.records.insert(order);
		MaintenanceOrder saved = get(order.tenant(), order.id());
		this.events.publishEvent(ChangeRecorded.created(order.tenant(), AUDITED, order.id(), snapshot(saved)));
		return saved;
	}

	/** The order, locked, refused when it is already done or cancelled. */
	private MaintenanceOrder open(TenantId tenant, UUID id) {
		MaintenanceOrder order = this.records.find(tenant, id, true)
			.orElseThrow(() -> new KaiwuProblem.NotFound("maintenance-order", id));
		if (!order.state().isOpen()) {
			throw new KaiwuProblem.Conflict("problem.maintenance.order.finished", order.state());
		}
		return order;
	}

	/** Reads the order after a change and audits before and after. */
	private MaintenanceOrder audited(MaintenanceOrder before) {
		MaintenanceOrder after = get(before.tenant(), before.id());
		this.events.publishEvent(
				ChangeRecorded.updated(before.tenant(), AUDITED, before.id(), snapshot(before), snapshot(after)));
		return after;
	}

	/**
	 * The one step of every change to an open order's entries: the order locked and
	 * refused when finished, the change, then the order read again and audited.
	 */
	private MaintenanceOrder edit(TenantId tenant, UUID id, Consumer<MaintenanceOrder> change) {
		MaintenanceOrder before = open(tenant, id);
		change.accept(before);
		return audited(before);
	}

	private static List<ChecklistItem> steps(List<String> texts) {
		List<ChecklistItem> steps = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			steps.add(new ChecklistItem(UUID.randomUUID(), i + 1, texts.get(i), false, null, null));
		}
		return steps;
	}

	/** What the audit log keeps of an order. */
	private static Map<String, Object> snapshot(MaintenanceOrder o) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("kind", o.kind().name());
		audit.put("state", o.state().name());
		audit.put("equipmentId", o.equipmentId().toString());
		audit.put("title", o.title());
		audit.put("priority", o.priority().name());
		audit.put("assignee", String.valueOf(o.assignee()));
		audit.put("plannedStart", String.valueOf(o.plannedStart()));
		audit.put("plannedEnd", String.valueOf(o.plannedEnd()));
		audit.put("suppressAlarms", o.suppressAlarms());
		audit.put("breakdown", o.breakdown());
		audit.put("alarmId", String.valueOf(o.alarmId()));
		audit.put("planId", String.valueOf(o.planId()));
		audit.put("closureNotes", String.valueOf(o.closureNotes()));
		audit.put("checklist", o.checklist().stream().map((s) -> (s.done() ? "[x] " : "[ ] ") + s.text()).toList());
		audit.put("parts",
				o.parts()
					.stream()
					.map((p) -> p.itemCode() + " " + p.quantity().toPlainString() + " " + p.unit())
					.toList());
		audit.put("labour", o.labour().stream().map((l) -> l.person() + " " + l.minutes() + " min").toList());
		return audit;
	}

}
