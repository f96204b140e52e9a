package io.kaiwu.production.shopfloor.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.production.order.ManagingProductionOrders;
import io.kaiwu.production.order.PlannedTimes;
import io.kaiwu.production.order.WorkOrders;
import io.kaiwu.production.order.WorkOrders.Status;
import io.kaiwu.production.order.WorkOrders.WorkOrder;
import io.kaiwu.production.resource.WorkCentres;
import io.kaiwu.production.shopfloor.Reason;
import io.kaiwu.production.shopfloor.Report;
import io.kaiwu.production.shopfloor.ReportDraft;
import io.kaiwu.production.shopfloor.ReportingProgress;
import io.kaiwu.production.shopfloor.ShopfloorProperties;
import io.kaiwu.production.shopfloor.ShopfloorReasons;
import io.kaiwu.production.shopfloor.kernel.DispatchOrder;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shop-floor tablet pages: pick a work centre, then its open work orders as big cards
 * in dispatch order, each with the buttons its status allows (start, report, pause with a
 * reason, resume, finish), a numeric keypad for quantities, scrap and pause reason
 * pickers, and the work centre's last reports. A card's form carries a client report id
 * made when the card was drawn, so a tablet that sends it again on a bad network is
 * answered with the first result. With htmx the card alone is redrawn.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class ShopfloorPagesController {

	private static final int LAST_REPORTS = 12;

	private final WorkOrders workOrders;

	private final WorkCentres workCentres;

	private final ManagingProductionOrders productionOrders;

	private final ItemCatalog items;

	private final ReportingProgress reporting;

	private final ShopfloorReasons reasons;

	private final ProblemDetails problems;

	private final ShopfloorProperties properties;

	private final PlannedTimes plannedTimes;

	ShopfloorPagesController(WorkOrders workOrders, WorkCentres workCentres, ManagingProductionOrders productionOrders,
			ItemCatalog items, ReportingProgress reporting, ShopfloorReasons reasons, ProblemDetails problems,
			ShopfloorProperties properties, PlannedTimes plannedTimes) {
		this.plannedTimes = plannedTimes;
		this.workOrders = workOrders;
		this.workCentres = workCentres;
		this.productionOrders = productionOrders;
		this.items = items;
		this.reporting = reporting;
		this.reasons = reasons;
		this.problems = problems;
		this.properties = properties;
	}

	/**
	 * A work order as its card shows it.
	 *
	 * @param wo the work order
	 * @param item the item's code and name
	 * @param resource the resource's code, when planned on one
	 * @param clientReportId the id the card's form sends
	 * @param percent good units of the quantity, in percent (at most 100)
	 */
	record Card(WorkOrder wo, String item, @Nullable String resource, UUID clientReportId, int percent) {

		public boolean startable() {
			return this.wo.status() == Status.RELEASED;
		}

		public boolean running() {
			return this.wo.status() == Status.RUNNING;
		}

		public boolean paused() {
			return this.wo.status() == Status.PAUSED;
		}

		public boolean finished() {
			return this.wo.status() == Status.FINISHED;
		}

	}

	/** A work centre in the picker, with how many open work orders it has. */
	record Centre(WorkCentres.WorkCentre centre, long open) {
	}

	@GetMapping("/production/shop-floor")
	String centres(Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		Map<UUID, Long> open = this.workOrders.open(tenant)
			.stream()
			.collect(Collectors.groupingBy(WorkOrder::workCentreId, Collectors.counting()));
		model.addAttribute("centres",
				this.workCentres.workCentres(tenant)
					.stream()
					.map((c) -> new Centre(c, open.getOrDefault(c.id(), 0L)))
					.toList());
		return "production/shop-floor";
	}

	@GetMapping("/production/shop-floor/{workCentreId}")
	String centre(@PathVariable UUID workCentreId, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		WorkCentres.WorkCentre centre = this.workCentres.workCentre(tenant, workCentreId)
			.orElseThrow(() -> new KaiwuProblem.NotFound("work-centre", workCentreId));
		List<WorkOrder> open = this.workOrders.open(tenant)
			.stream()
			.filter((wo) -> wo.workCentreId().equals(workCentreId))
			.toList();
		Map<UUID, WorkOrder> byId = open.stream().collect(Collectors.toMap(WorkOrder::id, Function.identity()));
		Map<UUID, LocalDate> due = new HashMap<>();
		open.forEach((wo) -> due.computeIfAbsent(wo.productionOrderId(),
				(id) -> this.productionOrders.get(tenant, id).dueDate()));
		Map<UUID, PlannedTimes.Planned> planned = this.plannedTimes.of(tenant, byId.keySet());
		List<UUID> dispatched = DispatchOrder.sort(
				open.stream()
					.map((wo) -> new DispatchOrder.Candidate<>(wo.id(),
							wo.status() == Status.RUNNING || wo.status() == Status.PAUSED,
							Optional.ofNullable(planned.get(wo.id())).map(PlannedTimes.Planned::start).orElse(null),
							due.get(wo.productionOrderId()), wo.productionOrderNumber(), wo.sequence()))
					.toList(),
				open.isEmpty() ? this.properties.zone() : this.productionOrders.zone(tenant, centre.plantId()));
		List<Card> cards = new ArrayList<>();
		for (UUID id : dispatched) {
			cards.add(card(tenant, byId.get(id)));
		}
		model.addAttribute("centre", centre);
		model.addAttribute("cards", cards);
		model.addAttribute("latest", this.reporting.latest(tenant, List.copyOf(byId.keySet()), LAST_REPORTS));
		addPickers(tenant, me, model);
		Map<String, String> reasonNames = new HashMap<>();
		for (Reason.Kind kind : Reason.Kind.values()) {
			this.reasons.list(tenant, kind)
				.forEach((r) -> reasonNames.put(kind + ":" + r.code(), r.name(LocaleContextHolder.getLocale())));
		}
		model.addAttribute("reasonNames", reasonNames);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "production/shop-floor-centre";
	}

	/** Takes a card's report; htmx gets the card again, a plain post the page. */
	@PostMapping("/production/shop-floor/work-orders/{id}/reports")
	@PreAuthorize("hasRole('OPERATOR')")
	String report(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID clientReportId,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String goodQuantity,
			@RequestParam(required = false) @Nullable String scrapQuantity,
			@RequestParam(required = false) @Nullable String pauseReason,
			@RequestParam(required = false) @Nullable String scrapReason,
			@RequestParam(required = false) @Nullable String operator,
			@RequestParam(required = false) @Nullable String lotNumber,
			@RequestParam(required = false) @Nullable List<String> consumedItemCode,
			@RequestParam(required = false) @Nullable List<String> consumedLotNumber,
			@RequestParam(required = false) @Nullable List<String> consumedQuantity,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		WorkOrder before = this.workOrders.workOrder(tenant, id)
			.orElseThrow(() -> new KaiwuProblem.NotFound("work-order", id));
		List<String> errors = List.of();
		Report taken = null;
		try {
			taken = this.reporting
				.report(tenant, id,
						new ReportDraft(clientReportId, kind, number("goodQuantity", goodQuantity),
								number("scrapQuantity", scrapQuantity), pauseReason, scrapReason, operator, null,
								lotNumber, null, consumed(consumedItemCode, consumedLotNumber, consumedQuantity)))
				.report();
		}
		catch (KaiwuProblem problem) {
			if (problem instanceof KaiwuProblem.NotFound) {
				throw problem;
			}
			errors = this.problems.lines(problem);
		}
		if (htmx == null) {
			redirect.addFlashAttribute("errors", errors);
			return "redirect:/production/shop-floor/" + before.workCentreId();
		}
		WorkOrder now = this.workOrders.workOrder(tenant, id).orElse(before);
		model.addAttribute("card", card(tenant, now));
		model.addAttribute("cardErrors", errors);
		model.addAttribute("taken", taken);
		addPickers(tenant, me, model);
		return "production/shop-floor-centre :: card";
	}

	private void addPickers(TenantId tenant, KaiwuPrincipal me, Model model) {
		model.addAttribute("pauseReasons", this.reasons.active(tenant, Reason.Kind.PAUSE));
		model.addAttribute("scrapReasons", this.reasons.active(tenant, Reason.Kind.SCRAP));
		model.addAttribute("locale", LocaleContextHolder.getLocale());
		model.addAttribute("canReport", me.has(Role.OPERATOR));
		model.addAttribute("signedIn", me.username());
		model.addAttribute("when", DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(this.properties.zone()));
	}

	private Card card(TenantId tenant, WorkOrder wo) {
		String item = this.items.item(tenant, wo.itemId())
			.map((i) -> i.code() + " " + i.name())
			.orElse(wo.itemId().toString());
		String resource = (wo.resourceId() != null)
				? this.workCentres.resource(tenant, wo.resourceId()).map(WorkCentres.Resource::code).orElse(null)
				: null;
		int percent = (wo.quantity().signum() > 0) ? wo.goodQuantity()
			.multiply(BigDecimal.valueOf(100))
			.divide(wo.quantity(), 0, RoundingMode.DOWN)
			.min(BigDecimal.valueOf(100))
			.intValue() : 0;
		return new Card(wo, item, resource, UUID.randomUUID(), percent);
	}

	private static @Nullable List<ReportDraft.ConsumedLot> consumed(@Nullable List<String> items,
			@Nullable List<String> lots, @Nullable List<String> quantities) {
		if (items == null || items.isEmpty()) {
			return null;
		}
		List<ReportDraft.ConsumedLot> consumed = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			String lot = (lots != null && i < lots.size()) ? lots.get(i) : null;
			String quantity = (quantities != null && i < quantities.size()) ? quantities.get(i) : null;
			if (isBlank(items.get(i)) && isBlank(lot) && isBlank(quantity)) {
				continue;
			}
			consumed.add(new ReportDraft.ConsumedLot(null, items.get(i), lot,
					number("consumed[" + consumed.size() + "].quantity", quantity)));
		}
		return consumed;
	}

	private static @Nullable BigDecimal number(String field, @Nullable String value) {
		if (isBlank(value)) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new KaiwuProblem.InvalidInput(field, "shopfloor.problem.number", value);
		}
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
