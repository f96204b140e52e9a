package io.kaiwu.production.mrp;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.masterdata.SiteWorkingTime;
import io.kaiwu.production.bom.Boms;
import io.kaiwu.production.mrp.kernel.BillOfMaterials;
import io.kaiwu.production.mrp.kernel.BomCycle;
import io.kaiwu.production.mrp.kernel.Demand;
import io.kaiwu.production.mrp.kernel.DemandSource;
import io.kaiwu.production.mrp.kernel.ItemPlanning;
import io.kaiwu.production.mrp.kernel.Mrp;
import io.kaiwu.production.mrp.kernel.MrpInput;
import io.kaiwu.production.mrp.kernel.MrpResult;
import io.kaiwu.production.mrp.kernel.Procurement;
import io.kaiwu.production.mrp.kernel.ScheduledReceipt;
import io.kaiwu.production.mrp.kernel.WorkingCalendar;
import io.kaiwu.production.order.CustomerOrder;
import io.kaiwu.production.order.DocumentNumbers;
import io.kaiwu.production.order.ManagingCustomerOrders;
import io.kaiwu.production.order.ManagingProductionOrders;
import io.kaiwu.production.order.ManagingPurchaseRequisitions;
import io.kaiwu.production.order.ProductionOrder;
import io.kaiwu.production.order.PurchaseRequisition;
import io.kaiwu.production.stock.StockKeeping;
import io.kaiwu.production.stock.StockLevel;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs MRP for a plant and keeps the run: gross requirements from the open customer order
 * lines, scheduled receipts from open production orders (a created one also needs its
 * components on its start day) and purchase requisitions, on hand from stock, planning
 * data per item, the BOM effective on each planned order's release day, and lead times in
 * the plant's working days (calendar days when it has no shift calendar). The planner
 * then firms planned orders into production orders or purchase requisitions. Audited as
 * {@code production-mrp-run}.
 */
@Service
public class MrpRuns {

	static final String AUDITED = "production-mrp-run";

	private final MrpRunRows runs;

	private final DocumentNumbers numbers;

	private final ManagingCustomerOrders customerOrders;

	private final ManagingProductionOrders productionOrders;

	private final ManagingPurchaseRequisitions requisitions;

	private final StockKeeping stock;

	private final PlanningData planning;

	private final Boms boms;

	private final SiteWorkingTime workingTime;

	private final ItemCatalog items;

	private final ApplicationEventPublisher events;

	MrpRuns(MrpRunRows runs, DocumentNumbers numbers, ManagingCustomerOrders customerOrders,
			ManagingProductionOrders productionOrders, ManagingPurchaseRequisitions requisitions, StockKeeping stock,
			PlanningData planning, Boms boms, SiteWorkingTime workingTime, ItemCatalog items,
			ApplicationEventPublisher events) {
		this.runs = runs;
		this.numbers = numbers;
		this.customerOrders = customerOrders;
		this.productionOrders = productionOrders;
		this.requisitions = requisitions;
		this.stock = stock;
		this.planning = planning;
		this.boms = boms;
		this.workingTime = workingTime;
		this.items = items;
		this.events = events;
	}

	/**
	 * Runs MRP for a plant and stores the run.
	 * @param tenant whose plant.
	 * @param plantId the plant.
	 * @return the stored run.
	 */
	@Transactional
	public MrpRun run(TenantId tenant, @Nullable UUID plantId) {
		if (plantId == null) {
			throw new KaiwuProblem.InvalidInput("plantId", "mrp.stock.problem.plant-missing");
		}
		ZoneId zone = this.productionOrders.zone(tenant, plantId);
		LocalDate today = LocalDate.now(zone);
		List<Demand> demands = new ArrayList<>();
		for (CustomerOrder order : this.customerOrders.open(tenant, plantId)) {
			for (CustomerOrder.Line line : order.lines()) {
				if (line.open().signum() > 0) {
					demands.add(new Demand(line.itemId(), line.dueDate(), line.open(), new DemandSource(
							DemandSource.Kind.CUSTOMER_ORDER_LINE, order.number() + "/" + line.lineNo(), line.id())));
				}
			}
		}
		List<ScheduledReceipt> receipts = new ArrayList<>();
		for (ProductionOrder order : this.productionOrders.open(tenant, plantId)) {
			BigDecimal left = order.quantity().subtract(order.goodQuantity());
			if (left.signum() > 0) {
				receipts.add(new ScheduledReceipt(order.itemId(), order.dueDate(), left,
						new DemandSource(DemandSource.Kind.PRODUCTION_ORDER, order.number(), order.id()),
						(order.status() == ProductionOrder.Status.CREATED) ? order.startDate() : null));
			}
		}
		for (PurchaseRequisition requisition : this.requisitions.open(tenant, plantId)) {
			receipts.add(new ScheduledReceipt(requisition.itemId(), requisition.needDate(), requisition.quantity(),
					new DemandSource(DemandSource.Kind.PRODUCTION_ORDER, requisition.number(), requisition.id()),
					null));
		}
		Map<UUID, BigDecimal> onHand = this.stock.levels(tenant, plantId)
			.stream()
			.collect(Collectors.toMap(StockLevel::itemId, StockLevel::onHand));
		Map<UUID, ItemPlanning> plans = this.planning.ofPlant(tenant, plantId)
			.stream()
			.collect(Collectors.toMap(ItemPlanning::itemId, (p) -> p));
		boolean workingDays = this.workingTime
			.plannedWorkingTime(tenant, plantId, today.atStartOfDay(zone).toInstant(),
					today.plusDays(7).atStartOfDay(zone).toInstant())
			.isPresent();
		WorkingCalendar calendar = workingDays ? workingDays(tenant, plantId, zone) : WorkingCalendar.EVERY_DAY;
		MrpResult result;
		try {
			result = Mrp.run(new MrpInput(today, demands, receipts, onHand, plans, bom(tenant), calendar));
		}
		catch (BomCycle cycle) {
			throw new KaiwuProblem.Conflict("mrp.run.problem.bom-cycle",
					cycle.path().stream().map((id) -> itemCode(tenant, id)).collect(Collectors.joining(" → ")));
		}
		MrpRun run = new MrpRun(UUID.randomUUID(), this.numbers.next(tenant, DocumentNumbers.Kind.MRP), plantId, today,
				workingDays, new MrpRun.Inputs(demands.size(), receipts.size(), plans.size()),
				CurrentPrincipal.actorName(), Instant.now(), result.items(),
				result.plannedOrders()
					.stream()
					.map((p) -> new MrpRun.Planned(p.number(), p.itemId(), p.procurement(), p.quantity(),
							p.releaseDate(), p.receiptDate(), p.pegs(), null))
					.toList(),
				result.messages());
		this.runs.insert(tenant, run);
		this.events.publishEvent(ChangeRecorded.created(tenant, AUDITED, run.id(), run.inputs()));
		return get(tenant, run.id());
	}

	@Transactional(readOnly = true)
	public MrpRun get(TenantId tenant, UUID id) {
		return this.runs.find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("mrp-run", id));
	}

	@Transactional(readOnly = true)
	public List<MrpRun> latest(TenantId tenant, int limit) {
		return this.runs.latest(tenant, limit);
	}

	/**
	 * Firms a planned order: a made item's into a production order, a bought item's into
	 * a purchase requisition, or the other way when the planner says so.
	 * @param tenant whose run.
	 * @param runId the run.
	 * @param number the planned order's number in the run.
	 * @param as {@code MAKE} for a production order, {@code BUY} for a purchase
	 * requisition; {@literal null} for what the item's procurement says.
	 * @param supplierId the supplier proposed on a requisition, or {@literal null}.
	 * @return the number of the production order or requisition.
	 */
	@Transactional
	public String firm(TenantId tenant, UUID runId, int number, @Nullable Procurement as, @Nullable UUID supplierId) {
		MrpRun run = get(tenant, runId);
		MrpRun.Planned planned = this.runs.lockPlanned(tenant, runId, number)
			.orElseThrow(() -> new KaiwuProblem.NotFound("planned-order", run.number() + " #" + number));
		if (planned.firmedAs() != null) {
			throw new KaiwuProblem.Conflict("mrp.run.problem.firmed", number, run.number(), planned.firmedAs());
		}
		Procurement kind = (as != null) ? as : planned.procurement();
		String firmed = (kind == Procurement.MAKE)
				? this.productionOrders
					.firm(tenant, planned.itemId(), run.plantId(), planned.quantity(), planned.releaseDate(),
							planned.receiptDate(), priority(tenant, planned), runId)
					.number()
				: this.requisitions
					.firm(tenant, planned.itemId(), run.plantId(), supplierId, planned.quantity(),
							planned.releaseDate(), planned.receiptDate(), runId)
					.number();
		this.runs.firmed(tenant, runId, number, firmed);
		return firmed;
	}

	/** The most urgent priority of the customer order lines the planned order covers. */
	private int priority(TenantId tenant, MrpRun.Planned planned) {
		int priority = ManagingCustomerOrders.NORMAL_PRIORITY;
		for (var peg : planned.pegs()) {
			if (peg.demand().kind() == DemandSource.Kind.CUSTOMER_ORDER_LINE && peg.demand().id() != null) {
				Optional<CustomerOrder> order = this.customerOrders.ofLine(tenant, peg.demand().id());
				for (CustomerOrder.Line line : order.map(CustomerOrder::lines).orElse(List.of())) {
					if (line.id().equals(peg.demand().id())) {
						priority = Math.min(priority, line.priority());
					}
				}
			}
		}
		return priority;
	}

	private BillOfMaterials bom(TenantId tenant) {
		Map<String, Optional<BillOfMaterials.Level>> read = new HashMap<>();
		return (item, on) -> read.computeIfAbsent(item + "@" + on,
				(key) -> this.boms.effective(tenant, item, on)
					.map((v) -> new BillOfMaterials.Level(v.baseQuantity(),
							v.lines()
								.stream()
								.map((l) -> new BillOfMaterials.Line(l.componentItemId(), l.quantity(),
										(l.scrapPercent() != null) ? l.scrapPercent() : BigDecimal.ZERO))
								.toList())));
	}

	/** A day works when the plant's shift calendar plans working time on it. */
	private WorkingCalendar workingDays(TenantId tenant, UUID plantId, ZoneId zone) {
		Map<LocalDate, Boolean> known = new HashMap<>();
		return (day) -> known.computeIfAbsent(day,
				(d) -> this.workingTime
					.plannedWorkingTime(tenant, plantId, d.atStartOfDay(zone).toInstant(),
							d.plusDays(1).atStartOfDay(zone).toInstant())
					.map((time) -> !time.isZero())
					.orElse(true));
	}

	private String itemCode(TenantId tenant, UUID itemId) {
		return this.items.item(tenant, itemId).map(ItemCatalog.ItemSummary::code).orElse(itemId.toString());
	}

}
