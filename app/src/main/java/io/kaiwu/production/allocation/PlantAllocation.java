package io.kaiwu.production.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.masterdata.ItemCatalog.ItemSummary;
import io.kaiwu.production.allocation.kernel.PlantEstimate;
import io.kaiwu.production.allocation.kernel.PlantOption;
import io.kaiwu.production.allocation.kernel.PlantRanking;
import io.kaiwu.production.allocation.kernel.PlantRoute;
import io.kaiwu.production.allocation.kernel.RankedOption;
import io.kaiwu.production.order.CustomerOrder;
import io.kaiwu.production.order.ManagingCustomerOrders;
import io.kaiwu.production.order.ManagingProductionOrders;
import io.kaiwu.production.order.ProductionOrder;
import io.kaiwu.production.order.ProductionOrderDraft;
import io.kaiwu.production.resource.WorkCentres;
import io.kaiwu.production.resource.kernel.Span;
import io.kaiwu.production.routing.Routings;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the plants that can make an item — those with a routing of it effective today —
 * and allocates customer order lines to one of them. Each plant is estimated on its own
 * routing and resources: the shift calendar less maintenance windows (what scheduling
 * reads), and the released, unfinished work already queued there.
 */
@Service
public class PlantAllocation {

	/** How far past the due date a finish is looked for before a plant counts as full. */
	static final Duration LOOK_AHEAD = Duration.ofDays(60);

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ItemCatalog items;

	private final Routings routings;

	private final WorkCentres workCentres;

	private final EnterpriseStructure structure;

	private final QueuedWork queued;

	private final ManagingCustomerOrders customerOrders;

	private final ManagingProductionOrders productionOrders;

	private final MessageSource messages;

	PlantAllocation(ItemCatalog items, Routings routings, WorkCentres workCentres, EnterpriseStructure structure,
			QueuedWork queued, ManagingCustomerOrders customerOrders, ManagingProductionOrders productionOrders,
			MessageSource messages) {
		this.items = items;
		this.routings = routings;
		this.workCentres = workCentres;
		this.structure = structure;
		this.queued = queued;
		this.customerOrders = customerOrders;
		this.productionOrders = productionOrders;
		this.messages = messages;
	}

	/**
	 * The plants that can make a quantity of an item by a due date, best first.
	 * @param tenant whose plants.
	 * @param itemId the item.
	 * @param quantity how much, above zero.
	 * @param dueDate the day it is due (to its end, in each plant's time zone).
	 * @return the ranked plants; never empty.
	 * @throws KaiwuProblem.InvalidInput for a missing or unknown item, a quantity not
	 * above zero or a missing due date.
	 * @throws KaiwuProblem.Conflict when no plant has a routing of the item effective
	 * today.
	 */
	@Transactional(readOnly = true)
	public List<AllocationOption> options(TenantId tenant, @Nullable UUID itemId, @Nullable BigDecimal quantity,
			@Nullable LocalDate dueDate) {
		List<FieldError> errors = new ArrayList<>();
		ItemSummary item = null;
		if (itemId == null) {
			errors.add(new FieldError("itemId", "production.allocation.problem.item-required"));
		}
		else {
			item = this.items.item(tenant, itemId).orElse(null);
			if (item == null) {
				errors.add(new FieldError("itemId", "production.allocation.problem.item-unknown", itemId));
			}
		}
		if (quantity == null || quantity.signum() <= 0) {
			errors.add(new FieldError("quantity", "production.allocation.problem.quantity", String.valueOf(quantity)));
		}
		if (dueDate == null) {
			errors.add(new FieldError("dueDate", "production.allocation.problem.due-required"));
		}
		if (!errors.isEmpty() || item == null || quantity == null || dueDate == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return ranked(tenant, item, quantity, dueDate, Instant.now());
	}

	/**
	 * Allocates what is still to cover on a customer order line (not delivered, not made
	 * by another production order that is not cancelled): creates its production order in
	 * the chosen plant.
	 * @param tenant whose order.
	 * @param customerOrderId the customer order.
	 * @param lineId its line.
	 * @param plantId the planner's choice; the best plant when {@literal null}.
	 * @return the new production order and the ranking it was chosen from.
	 */
	@Transactional
	public Allocated allocate(TenantId tenant, UUID customerOrderId, UUID lineId, @Nullable UUID plantId) {
		CustomerOrder order = this.customerOrders.get(tenant, customerOrderId);
		CustomerOrder.Line line = order.lines()
			.stream()
			.filter((l) -> l.id().equals(lineId))
			.findFirst()
			.orElseThrow(() -> new KaiwuProblem.NotFound("customer-order-line", lineId));
		BigDecimal quantity = this.productionOrders.quantityToCover(tenant, lineId, null);
		List<AllocationOption> options = options(tenant, line.itemId(), quantity, line.dueDate());
		AllocationOption chosen = (plantId == null) ? options.get(0) : options.stream()
			.filter((o) -> o.plantId().equals(plantId))
			.findFirst()
			.orElseThrow(() -> new KaiwuProblem.InvalidInput("plantId", "production.allocation.problem.plant-cannot",
					plantCode(tenant, plantId), itemLabel(tenant, line.itemId())));
		ProductionOrder created = this.productionOrders.create(tenant,
				new ProductionOrderDraft(null, chosen.plantId(), quantity, null, null, null, lineId));
		return new Allocated(created, chosen, options);
	}

	private List<AllocationOption> ranked(TenantId tenant, ItemSummary item, BigDecimal quantity, LocalDate dueDate,
			Instant now) {
		Map<UUID, Duration> queuedWork = this.queued.byResource(tenant);
		List<PlantOption> options = new ArrayList<>();
		List<StructureNode> plants = new ArrayList<>();
		for (StructureNode plant : this.structure.sites(tenant)) {
			ZoneId zone = this.productionOrders.zone(tenant, plant.id());
			Optional<Routings.Routing> routing = this.routings.effective(tenant, item.id(), plant.id(),
					LocalDate.now(zone));
			if (routing.isEmpty()) {
				continue;
			}
			Instant due = dueDate.plusDays(1).atStartOfDay(zone).toInstant();
			PlantRoute route = route(tenant, plant, routing.get(), due, now, queuedWork);
			options.add(PlantEstimate.of(route, quantity, now));
			plants.add(plant);
		}
		if (options.isEmpty()) {
			throw new KaiwuProblem.Conflict("production.allocation.problem.no-plant", item.code() + " " + item.name());
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<AllocationOption> out = new ArrayList<>();
		for (RankedOption ranked : PlantRanking.rank(options)) {
			PlantOption o = ranked.option();
			StructureNode plant = plants.stream().filter((p) -> p.id().equals(o.plantId())).findFirst().orElseThrow();
			out.add(new AllocationOption(ranked.rank(), o.plantId(), plant.code(), plant.name(), o.routingId(),
					o.routingVersion(), o.cost(), hours(o.required()), hours(o.available()), hours(o.load()),
					hours(o.free()), o.finish(), o.due(), o.onTime(), hours(o.lateBy()), ranked.verdict(),
					why(ranked, this.productionOrders.zone(tenant, plant.id()), locale)));
		}
		return out;
	}

	private PlantRoute route(TenantId tenant, StructureNode plant, Routings.Routing routing, Instant due, Instant now,
			Map<UUID, Duration> queuedWork) {
		Instant horizon = (due.isAfter(now) ? due : now).plus(LOOK_AHEAD);
		Set<UUID> centres = new LinkedHashSet<>();
		List<PlantRoute.Operation> operations = new ArrayList<>();
		for (Routings.Step step : routing.steps()) {
			centres.add(step.workCentreId());
			operations.add(new PlantRoute.Operation(step.sequence() + " " + step.operationCode(), step.setupTime(),
					step.runTimePerUnit(),
					step.resources()
						.stream()
						.map((a) -> new PlantRoute.Alternative(a.resourceId(), a.speedFactor()))
						.toList()));
		}
		List<PlantRoute.ResourceTime> resources = new ArrayList<>();
		for (UUID centre : centres) {
			for (WorkCentres.Resource r : this.workCentres.resources(tenant, centre)) {
				List<Span> windows = this.workCentres.available(tenant, r.id(), now, horizon)
					.stream()
					.map((w) -> new Span(w.start(), w.end()))
					.toList();
				resources.add(new PlantRoute.ResourceTime(r.id(), r.code(), r.costPerHour(), windows,
						queuedWork.getOrDefault(r.id(), Duration.ZERO)));
			}
		}
		return new PlantRoute(plant.id(), plant.code(), routing.id(), routing.version(), due, operations, resources);
	}

	/** The reason in words: every verdict's message picks from the same figures. */
	private String why(RankedOption ranked, ZoneId zone, Locale locale) {
		PlantOption o = ranked.option();
		Object[] args = { (o.finish() != null) ? MINUTES.format(o.finish().atZone(zone)) : "", plain(hours(o.lateBy())),
				plain(hours(o.free())), plain(hours(o.required())), plain(ranked.costAboveFirst()),
				plain(hours(ranked.finishAfterFirst())), String.valueOf(LOOK_AHEAD.toDays()) };
		String key = "production.allocation.why." + ranked.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-');
		return this.messages.getMessage(key, args, locale);
	}

	private String plantCode(TenantId tenant, UUID plantId) {
		return this.structure.findNode(tenant, plantId).map(StructureNode::code).orElse(plantId.toString());
	}

	private String itemLabel(TenantId tenant, UUID itemId) {
		return this.items.item(tenant, itemId).map((i) -> i.code() + " " + i.name()).orElse(itemId.toString());
	}

	private static BigDecimal hours(Duration d) {
		return BigDecimal.valueOf(d.toSeconds()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
