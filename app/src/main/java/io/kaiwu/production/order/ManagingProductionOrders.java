package io.kaiwu.production.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.production.routing.Routings;
import io.kaiwu.production.routing.Routings.Routing;
import io.kaiwu.production.routing.Routings.Step;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Production orders: created by hand, for a customer order line, or by firming an MRP
 * planned order; released into one work order per operation of the order's plant's
 * routing effective on the release day (the plant's today), each on the step's work
 * centre and preferred resource; cancelled while not released. Audited as
 * {@code production-order}.
 */
@Service
public class ManagingProductionOrders {

	static final String AUDITED = "production-order";

	private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

	private final ProductionOrderRows orders;

	private final WorkOrderRows workOrders;

	private final CustomerOrderRows customerOrders;

	private final DocumentNumbers numbers;

	private final Routings routings;

	private final ItemCatalog items;

	private final EnterpriseStructure structure;

	private final ApplicationEventPublisher events;

	ManagingProductionOrders(ProductionOrderRows orders, WorkOrderRows workOrders, CustomerOrderRows customerOrders,
			DocumentNumbers numbers, Routings routings, ItemCatalog items, EnterpriseStructure structure,
			ApplicationEventPublisher events) {
		this.orders = orders;
		this.workOrders = workOrders;
		this.customerOrders = customerOrders;
		this.numbers = numbers;
		this.routings = routings;
		this.items = items;
		this.structure = structure;
		this.events = events;
	}

	@Transactional
	public ProductionOrder create(TenantId tenant, ProductionOrderDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		UUID itemId = draft.itemId();
		UUID plantId = draft.plantId();
		BigDecimal quantity = draft.quantity();
		LocalDate due = null;
		Integer priority = draft.priority();
		ProductionOrder.Origin origin = ProductionOrder.Origin.MANUAL;
		if (draft.customerOrderLineId() != null) {
			Optional<CustomerOrder> order = this.customerOrders.ofLine(tenant, draft.customerOrderLineId());
			if (order.isEmpty()) {
				throw new KaiwuProblem.InvalidInput("customerOrderLineId", "mrp.production-order.problem.line-unknown",
						draft.customerOrderLineId());
			}
			CustomerOrder.Line line = order.get()
				.lines()
				.stream()
				.filter((l) -> l.id().equals(draft.customerOrderLineId()))
				.findFirst()
				.orElseThrow();
			origin = ProductionOrder.Origin.CUSTOMER_ORDER;
			itemId = line.itemId();
			// the line may be allocated to another plant than the one the customer order
			// names
			plantId = (plantId != null) ? ManagingCustomerOrders.plant(tenant, plantId, errors, this.structure)
					: order.get().plantId();
			if (quantity == null || quantity.signum() > 0) {
				quantity = quantityToCover(tenant, line.id(), quantity);
			}
			due = line.dueDate();
			priority = (priority != null) ? priority : line.priority();
		}
		else {
			if (itemId == null) {
				errors.add(new FieldError("itemId", "mrp.stock.problem.item-missing"));
			}
			else if (this.items.item(tenant, itemId).isEmpty()) {
				errors.add(new FieldError("itemId", "mrp.stock.problem.item-unknown", itemId));
			}
			plantId = ManagingCustomerOrders.plant(tenant, plantId, errors, this.structure);
		}
		if (draft.dueDate() != null || due == null) {
			due = ManagingCustomerOrders.date(draft.dueDate(), "dueDate", 0, errors);
		}
		LocalDate start = (draft.startDate() != null)
				? ManagingCustomerOrders.date(draft.startDate(), "startDate", 0, errors) : due;
		if (quantity == null || quantity.signum() <= 0) {
			errors.add(new FieldError("quantity", "mrp.stock.problem.quantity-positive", String.valueOf(quantity)));
		}
		int urgency = (priority != null) ? priority : ManagingCustomerOrders.NORMAL_PRIORITY;
		if (urgency < 1 || urgency > 9) {
			errors.add(new FieldError("priority", "mrp.order.problem.priority", 0, urgency));
		}
		if (start != null && due != null && start.isAfter(due)) {
			errors.add(new FieldError("startDate", "mrp.production-order.problem.start-after-due", start, due));
		}
		if (!errors.isEmpty() || itemId == null || plantId == null || quantity == null || due == null
				|| start == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return insert(tenant, itemId, plantId, quantity, start, due, urgency, origin, draft.customerOrderLineId(),
				null);
	}

	/**
	 * How far production orders cover a customer order line, read without locking it.
	 * @param tenant whose order.
	 * @param lineId the line.
	 * @return ordered, delivered, covered and still to cover.
	 */
	@Transactional(readOnly = true)
	public LineCoverage coverage(TenantId tenant, UUID lineId) {
		CustomerOrder order = this.customerOrders.ofLine(tenant, lineId)
			.orElseThrow(() -> new KaiwuProblem.NotFound("customer-order-line", lineId));
		CustomerOrder.Line line = order.lines().stream().filter((l) -> l.id().equals(lineId)).findFirst().orElseThrow();
		return new LineCoverage(order.number(), line.lineNo(), line.quantity(), line.delivered(),
				this.orders.coveringLine(tenant, lineId));
	}

	/**
	 * The quantity a new production order for a customer order line may make, with the
	 * line locked until the transaction ends: the one asked, or all that is still to
	 * cover. Creating an order for a line and allocating a line both go through here, so
	 * a line is never covered twice.
	 * @param tenant whose order.
	 * @param lineId the line.
	 * @param asked the planner's quantity, or {@literal null} for all still to cover.
	 * @return the quantity to make.
	 * @throws KaiwuProblem.Conflict when nothing is left to cover or more is asked.
	 */
	@Transactional
	public BigDecimal quantityToCover(TenantId tenant, UUID lineId, @Nullable BigDecimal asked) {
		this.customerOrders.lockLine(tenant, lineId);
		return coverage(tenant, lineId).quantityFor(asked);
	}

	/**
	 * Creates a production order from an MRP planned order the planner firmed.
	 * @param tenant whose order.
	 * @param itemId the item.
	 * @param plantId the plant.
	 * @param quantity the planned quantity.
	 * @param start the planned release day.
	 * @param due the planned receipt day.
	 * @param priority the most urgent priority among the demands it covers.
	 * @param mrpRunId the run.
	 * @return the new order.
	 */
	@Transactional
	public ProductionOrder firm(TenantId tenant, UUID itemId, UUID plantId, BigDecimal quantity, LocalDate start,
			LocalDate due, int priority, UUID mrpRunId) {
		return insert(tenant, itemId, plantId, quantity, start, due, priority, ProductionOrder.Origin.MRP, null,
				mrpRunId);
	}

	private ProductionOrder insert(TenantId tenant, UUID itemId, UUID plantId, BigDecimal quantity, LocalDate start,
			LocalDate due, int priority, ProductionOrder.Origin origin, @Nullable UUID lineId,
			@Nullable UUID mrpRunId) {
		ProductionOrder order = new ProductionOrder(UUID.randomUUID(),
				this.numbers.next(tenant, DocumentNumbers.Kind.MO), itemId, plantId, quantity, start, due, priority,
				origin, lineId, mrpRunId, ProductionOrder.Status.CREATED, null, BigDecimal.ZERO,
				CurrentPrincipal.actorName(), Instant.now(), null, null);
		this.orders.insert(tenant, order);
		this.events.publishEvent(ChangeRecorded.created(tenant, AUDITED, order.id(), order));
		return get(tenant, order.id());
	}

	/**
	 * Releases a created order: one work order per step of the order's plant's routing
	 * effective there today. Refused when that plant has no routing of the item that day,
	 * naming the item and the plant.
	 * @param tenant whose order.
	 * @param id the order.
	 * @return the released order.
	 */
	@Transactional
	public ProductionOrder release(TenantId tenant, UUID id) {
		ProductionOrder order = this.orders.lock(tenant, id)
			.orElseThrow(() -> new KaiwuProblem.NotFound("production-order", id));
		if (order.status() != ProductionOrder.Status.CREATED) {
			throw new KaiwuProblem.Conflict("mrp.production-order.problem.not-created", order.number(),
					order.status().name());
		}
		LocalDate today = LocalDate.now(zone(tenant, order.plantId()));
		Routing routing = this.routings.effective(tenant, order.itemId(), order.plantId(), today)
			.orElseThrow(() -> new KaiwuProblem.Conflict("mrp.production-order.problem.no-routing-in-plant",
					this.items.item(tenant, order.itemId())
						.map((i) -> i.code() + " " + i.name())
						.orElse(order.itemId().toString()),
					today,
					this.structure.findNode(tenant, order.plantId())
						.map(StructureNode::code)
						.orElse(order.plantId().toString())));
		Instant now = Instant.now();
		List<Step> steps = routing.steps();
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			WorkOrders.WorkOrder workOrder = new WorkOrders.WorkOrder(UUID.randomUUID(),
					order.number() + "/" + step.sequence(), order.id(), order.number(), order.itemId(), order.plantId(),
					step.sequence(), step.operationCode(), step.name(), step.workCentreId(),
					step.resources().isEmpty() ? null : step.resources().get(0).resourceId(), order.quantity(),
					BigDecimal.ZERO, BigDecimal.ZERO, WorkOrders.Status.RELEASED, i == steps.size() - 1);
			BigDecimal runSeconds = BigDecimal.valueOf(step.runTimePerUnit().toNanos()).movePointLeft(9);
			this.workOrders.insert(tenant, workOrder, step.setupTime().toSeconds(), runSeconds, now);
		}
		this.orders.released(tenant, id, routing.id(), routing.version(), now);
		ProductionOrder released = get(tenant, id);
		this.events.publishEvent(ChangeRecorded.updated(tenant, AUDITED, id, order, released));
		return released;
	}

	@Transactional
	public ProductionOrder cancel(TenantId tenant, UUID id) {
		ProductionOrder order = this.orders.lock(tenant, id)
			.orElseThrow(() -> new KaiwuProblem.NotFound("production-order", id));
		if (order.status() != ProductionOrder.Status.CREATED) {
			throw new KaiwuProblem.Conflict("mrp.production-order.problem.not-created", order.number(),
					order.status().name());
		}
		this.orders.cancelled(tenant, id);
		ProductionOrder cancelled = get(tenant, id);
		this.events.publishEvent(ChangeRecorded.updated(tenant, AUDITED, id, order, cancelled));
		return cancelled;
	}

	@Transactional(readOnly = true)
	public ProductionOrder get(TenantId tenant, UUID id) {
		return this.orders.find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("production-order", id));
	}

	@Transactional(readOnly = true)
	public Page<ProductionOrder> list(TenantId tenant, ProductionOrder.@Nullable Status status, PageQuery page) {
		return Page.of(this.orders.page(tenant, status, page), this.orders.count(tenant, status), page);
	}

	/**
	 * Created and released orders of a plant: MRP's scheduled receipts.
	 * @param tenant whose orders.
	 * @param plantId the plant.
	 * @return the open orders.
	 */
	@Transactional(readOnly = true)
	public List<ProductionOrder> open(TenantId tenant, UUID plantId) {
		return this.orders.open(tenant).stream().filter((o) -> o.plantId().equals(plantId)).toList();
	}

	/**
	 * The time zone of a plant, Asia/Shanghai when it has none.
	 * @param tenant whose plant.
	 * @param plantId the plant.
	 * @return its zone.
	 */
	public ZoneId zone(TenantId tenant, UUID plantId) {
		return this.structure.findNode(tenant, plantId)
			.map(StructureNode::timeZone)
			.map(ZoneId::of)
			.orElse(DEFAULT_ZONE);
	}

}
