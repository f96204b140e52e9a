package io.kaiwu.production.shopfloor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.kaiwu.shared.FieldChecks;
import io.kaiwu.equipment.ReportedOutput;
import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.production.order.ManagingProductionOrders;
import io.kaiwu.production.order.PlannedTimes;
import io.kaiwu.production.order.ProductionOrder;
import io.kaiwu.production.order.WorkOrders;
import io.kaiwu.production.order.WorkOrders.Status;
import io.kaiwu.production.order.WorkOrders.WorkOrder;
import io.kaiwu.production.resource.WorkCentres;
import io.kaiwu.production.shopfloor.kernel.ReportKind;
import io.kaiwu.production.shopfloor.kernel.ReportRules;
import io.kaiwu.production.stock.Stock;
import io.kaiwu.quality.Genealogy;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a shop-floor report on a work order. Under the work order's lock: a report whose
 * client report id was seen before is answered with the first result; otherwise the
 * report is checked ({@link ReportRules}, the reasons, the consumed lots), and then, all
 * in one transaction, the lot of good units is registered and the step recorded in
 * genealogy, components are issued from stock and the finished output received, the work
 * order's progress is recorded, the report is kept, and its output is published for the
 * machine's OEE. Any refusal on the way (not enough on hand, a lot with too little left)
 * leaves nothing behind. Audited as {@code production-shopfloor-report}.
 */
@Service
public class ReportingProgress {

	static final String AUDITED = "production-shopfloor-report";

	private static final Pattern LOT_NUMBER = Pattern.compile("[A-Za-z0-9._/-]{1,64}");

	private final WorkOrders workOrders;

	private final PlannedTimes plannedTimes;

	private final WorkCentres workCentres;

	private final ManagingProductionOrders productionOrders;

	private final Stock stock;

	private final Genealogy genealogy;

	private final ItemCatalog items;

	private final ShopfloorReasons reasons;

	private final ShopfloorSettings settings;

	private final Reports reports;

	private final WorkOrderLocks locks;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReportingProgress(WorkOrders workOrders, WorkCentres workCentres, ManagingProductionOrders productionOrders,
			Stock stock, Genealogy genealogy, ItemCatalog items, ShopfloorReasons reasons, ShopfloorSettings settings,
			Reports reports, WorkOrderLocks locks, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, PlannedTimes plannedTimes) {
		this.plannedTimes = plannedTimes;
		this.workOrders = workOrders;
		this.workCentres = workCentres;
		this.productionOrders = productionOrders;
		this.stock = stock;
		this.genealogy = genealogy;
		this.items = items;
		this.reasons = reasons;
		this.settings = settings;
		this.reports = reports;
		this.locks = locks;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	/**
	 * The report kept, and whether it was a repeat of one taken before (then nothing new
	 * was written).
	 */
	public record Outcome(Report report, boolean repeated) {
	}

	/**
	 * Takes a report.
	 * @param tenant whose work order
	 * @param workOrderId the work order
	 * @param draft the report
	 * @return the report kept; for a repeat, the first one
	 */
	public Outcome report(TenantId tenant, UUID workOrderId, ReportDraft draft) {
		if (draft.clientReportId() == null) {
			throw new KaiwuProblem.InvalidInput("clientReportId", "shopfloor.problem.client-id-required");
		}
		UUID clientId = draft.clientReportId();
		if (this.workOrders.workOrder(tenant, workOrderId).isEmpty()) {
			throw new KaiwuProblem.NotFound("work-order", workOrderId);
		}
		this.locks.ensure(tenant, workOrderId);
		try {
			Outcome outcome = this.transaction.execute((tx) -> {
				this.locks.lock(tenant, workOrderId);
				Optional<Report> first = this.reports.byClientId(tenant, clientId);
				if (first.isPresent()) {
					return repeat(first.get(), workOrderId);
				}
				return take(tenant, workOrderId, clientId, draft);
			});
			if (outcome == null) {
				throw new IllegalStateException("report transaction returned nothing");
			}
			return outcome;
		}
		catch (DuplicateKeyException ex) {
			// the same client report id on another work order, sent at the same moment
			return repeat(this.reports.byClientId(tenant, clientId).orElseThrow(() -> ex), workOrderId);
		}
	}

	/** A work order's reports, oldest first. */
	public List<Report> history(TenantId tenant, UUID workOrderId) {
		if (this.workOrders.workOrder(tenant, workOrderId).isEmpty()) {
			throw new KaiwuProblem.NotFound("work-order", workOrderId);
		}
		return this.reports.history(tenant, workOrderId);
	}

	/** The latest reports on some work orders, newest first. */
	public List<Report> latest(TenantId tenant, List<UUID> workOrderIds, int limit) {
		return this.reports.latest(tenant, workOrderIds, limit);
	}

	private static Outcome repeat(Report first, UUID workOrderId) {
		if (!first.workOrderId().equals(workOrderId)) {
			throw new KaiwuProblem.Conflict("shopfloor.problem.client-id-reused", first.clientReportId(),
					first.workOrderNumber());
		}
		return new Outcome(first, true);
	}

	private Outcome take(TenantId tenant, UUID workOrderId, UUID clientId, ReportDraft draft) {
		WorkOrder order = this.workOrders.workOrder(tenant, workOrderId)
			.orElseThrow(() -> new KaiwuProblem.NotFound("work-order", workOrderId));
		Instant now = this.clock.instant();
		List<FieldError> errors = new ArrayList<>();
		ReportKind kind = kind(draft.kind(), errors);
		BigDecimal good = (draft.goodQuantity() != null) ? draft.goodQuantity() : BigDecimal.ZERO;
		BigDecimal scrap = (draft.scrapQuantity() != null) ? draft.scrapQuantity() : BigDecimal.ZERO;
		Reason pauseReason = reason(tenant, Reason.Kind.PAUSE, draft.pauseReason(), "pauseReason", errors);
		Reason scrapReason = reason(tenant, Reason.Kind.SCRAP, draft.scrapReason(), "scrapReason", errors);
		String operator = FieldChecks.optional(draft.operator(), "operator", 100, errors);
		if (operator == null) {
			operator = CurrentPrincipal.actorName();
		}
		String note = FieldChecks.optional(draft.note(), "note", 1000, errors);
		String lotNumber = FieldChecks.optional(draft.lotNumber(), "lotNumber", 64, errors);
		if (lotNumber != null && !LOT_NUMBER.matcher(lotNumber).matches()) {
			errors.add(new FieldError("lotNumber", "shopfloor.problem.lot-number", lotNumber));
		}
		Instant at = (draft.at() != null) ? draft.at() : now;
		Instant last = this.reports.lastAt(tenant, workOrderId).orElse(null);
		if (kind != null) {
			ReportRules.Facts facts = new ReportRules.Facts(order.number(), order.status(), order.quantity(),
					order.goodQuantity(), this.settings.overDeliveryPercent(tenant), last);
			for (ReportRules.Refusal r : ReportRules.refusals(facts,
					new ReportRules.Attempt(kind, good, scrap, pauseReason != null, scrapReason != null, at, now))) {
				if (r.field() == null) {
					throw new KaiwuProblem.Conflict(r.messageKey(), r.args());
				}
				errors.add(new FieldError(r.field(), r.messageKey(), r.args()));
			}
			if (kind != ReportKind.PAUSE && pauseReason != null) {
				errors.add(new FieldError("pauseReason", "shopfloor.problem.pause-reason-only-on-pause"));
			}
		}
		List<Report.Consumption> consumed = consumed(tenant, order, draft.consumed(), good, errors);
		if (!errors.isEmpty() || kind == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}

		UUID resourceId = order.resourceId();
		UUID equipmentId = (resourceId != null)
				? this.workCentres.resource(tenant, resourceId).map(WorkCentres.Resource::equipmentId).orElse(null)
				: null;
		Instant periodStart = kind.carriesQuantities() ? last : null;
		Status after = ReportRules.after(order.status(), kind);

		UUID reportId = UUID.randomUUID();
		UUID lotId = null;
		if (good.signum() > 0) {
			if (lotNumber == null) {
				lotNumber = order.number() + "-"
						+ String.format(Locale.ROOT, "%02d", this.locks.nextLot(tenant, workOrderId));
			}
			lotId = this.genealogy.registerMade(tenant,
					new Genealogy.Made(Genealogy.Form.LOT,
							order.lastOperation() ? Genealogy.Stage.FINISHED : Genealogy.Stage.WIP, order.itemId(),
							lotNumber, good, at));
		}
		else {
			lotNumber = null;
		}
		moveStock(tenant, order, consumed, good);
		this.workOrders.recordProgress(tenant, workOrderId, new WorkOrders.Progress(after, good, scrap, at));
		Report report = new Report(reportId, clientId, workOrderId, order.number(), kind, after, Reports.plain(good),
				Reports.plain(scrap), (pauseReason != null) ? pauseReason.code() : null,
				(scrapReason != null && scrap.signum() > 0) ? scrapReason.code() : null, note, operator,
				CurrentPrincipal.actorName(), at, periodStart, now, resourceId, equipmentId, lotId, lotNumber,
				consumed);
		this.reports.insert(tenant, report);
		if (lotId != null) {
			UUID stepId = this.genealogy.recordStep(tenant,
					new Genealogy.Step(order.operationCode() + " " + order.operationName(), equipmentId, operator,
							order.number(), (periodStart != null) ? periodStart : at, at,
							consumed.stream().map((c) -> new Genealogy.Consumed(c.unitId(), c.quantity())).toList(),
							List.of(lotId)));
			this.reports.stepRecorded(tenant, reportId, stepId);
		}
		publishOutput(tenant, report);
		if (kind == ReportKind.PAUSE && pauseReason != null && pauseReason.breakdown()) {
			this.events.publishEvent(new ProgressDeviated(tenant, workOrderId, order.number(), resourceId,
					ProgressDeviated.Cause.BREAKDOWN, at, null, pauseReason.code()));
		}
		if (kind == ReportKind.FINISH) {
			Instant plannedEnd = plannedEnd(tenant, order);
			if (plannedEnd != null && at.isAfter(plannedEnd)) {
				this.events.publishEvent(new ProgressDeviated(tenant, workOrderId, order.number(), resourceId,
						ProgressDeviated.Cause.LATE_FINISH, at, plannedEnd, null));
			}
		}
		this.events.publishEvent(ChangeRecorded.created(tenant, AUDITED, reportId, report));
		return new Outcome(report, false);
	}

	/**
	 * When the work order was planned to end: its end in the active schedule; without
	 * one, for the last operation, the end of its production order's due date in the
	 * plant's time zone; otherwise unknown.
	 */
	private @Nullable Instant plannedEnd(TenantId tenant, WorkOrder order) {
		Optional<PlannedTimes.Planned> planned = this.plannedTimes.of(tenant, order.id());
		if (planned.isPresent()) {
			return planned.get().end();
		}
		if (!order.lastOperation()) {
			return null;
		}
		ProductionOrder production = this.productionOrders.get(tenant, order.productionOrderId());
		return production.dueDate()
			.plusDays(1)
			.atStartOfDay(this.productionOrders.zone(tenant, order.plantId()))
			.toInstant();
	}

	/**
	 * The output of a report with units, for the machine the work order ran on, over the
	 * period since the previous report. OEE counts parts: quantities are rounded to whole
	 * units.
	 */
	private void publishOutput(TenantId tenant, Report report) {
		if (report.equipmentId() == null || report.periodStart() == null
				|| (report.goodQuantity().signum() == 0 && report.scrapQuantity().signum() == 0)) {
			return;
		}
		this.events.publishEvent(new ReportedOutput(tenant, report.equipmentId(), report.periodStart(), report.at(),
				report.goodQuantity().setScale(0, RoundingMode.HALF_UP).longValueExact(),
				report.scrapQuantity().setScale(0, RoundingMode.HALF_UP).longValueExact()));
	}

	/**
	 * Components (lots of other items) are issued from the plant's stock; the good output
	 * of the routing's last operation is received into it. Lots of the work order's own
	 * item are its work in process, never in stock.
	 */
	private void moveStock(TenantId tenant, WorkOrder order, List<Report.Consumption> consumed, BigDecimal good) {
		for (Report.Consumption c : consumed) {
			if (!c.itemId().equals(order.itemId())) {
				this.stock.issue(tenant, order.plantId(), c.itemId(), c.quantity(), order.number());
			}
		}
		if (order.lastOperation() && good.signum() > 0) {
			this.stock.receive(tenant, order.plantId(), order.itemId(), good, order.number());
		}
	}

	private List<Report.Consumption> consumed(TenantId tenant, WorkOrder order,
			@Nullable List<ReportDraft.ConsumedLot> lines, BigDecimal good, List<FieldError> errors) {
		if (lines == null || lines.isEmpty()) {
			return List.of();
		}
		if (good.signum() <= 0) {
			errors.add(new FieldError("consumed", "shopfloor.problem.consumed-without-output"));
			return List.of();
		}
		List<Report.Consumption> consumed = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			ReportDraft.ConsumedLot line = lines.get(i);
			String path = "consumed[" + i + "]";
			ItemCatalog.ItemSummary item = item(tenant, line, path, errors);
			String number = (line.lotNumber() != null) ? line.lotNumber().strip() : "";
			if (number.isEmpty()) {
				errors.add(new FieldError(path + ".lotNumber", "shopfloor.problem.required"));
			}
			BigDecimal quantity = line.quantity();
			if (quantity == null || quantity.signum() <= 0) {
				errors.add(new FieldError(path + ".quantity", "shopfloor.problem.consumed-quantity"));
			}
			if (item == null || number.isEmpty() || quantity == null || quantity.signum() <= 0) {
				continue;
			}
			Optional<UUID> unit = this.genealogy.find(tenant, Genealogy.Form.LOT, item.id(), number);
			if (unit.isEmpty()) {
				errors.add(new FieldError(path + ".lotNumber", "shopfloor.problem.lot-unknown", number, item.code()));
				continue;
			}
			if (!item.id().equals(order.itemId())) {
				BigDecimal onHand = this.stock.onHand(tenant, order.plantId(), item.id());
				if (onHand.compareTo(quantity) < 0) {
					errors.add(new FieldError(path + ".quantity", "shopfloor.problem.not-enough-stock",
							Reports.plain(quantity).toPlainString(), item.code() + " " + item.name(),
							Reports.plain(onHand).toPlainString(), item.baseUnitCode()));
					continue;
				}
			}
			consumed.add(new Report.Consumption(item.id(), number, unit.get(), quantity));
		}
		return consumed;
	}

	private ItemCatalog.@Nullable ItemSummary item(TenantId tenant, ReportDraft.ConsumedLot line, String path,
			List<FieldError> errors) {
		if (line.itemId() != null) {
			Optional<ItemCatalog.ItemSummary> item = this.items.item(tenant, line.itemId());
			if (item.isEmpty()) {
				errors.add(new FieldError(path + ".itemId", "shopfloor.problem.item-unknown", line.itemId()));
			}
			return item.orElse(null);
		}
		if (line.itemCode() != null && !line.itemCode().isBlank()) {
			Optional<ItemCatalog.ItemSummary> item = this.items.byCode(tenant, line.itemCode().strip());
			if (item.isEmpty()) {
				errors.add(new FieldError(path + ".itemCode", "shopfloor.problem.item-unknown", line.itemCode()));
			}
			return item.orElse(null);
		}
		errors.add(new FieldError(path + ".itemCode", "shopfloor.problem.required"));
		return null;
	}

	private static @Nullable ReportKind kind(@Nullable String value, List<FieldError> errors) {
		if (value != null) {
			try {
				return ReportKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				// named below
			}
		}
		errors.add(new FieldError("kind", "shopfloor.problem.kind", String.valueOf(value)));
		return null;
	}

	private @Nullable Reason reason(TenantId tenant, Reason.Kind kind, @Nullable String code, String field,
			List<FieldError> errors) {
		if (code == null || code.isBlank()) {
			return null;
		}
		Optional<Reason> reason = this.reasons.active(tenant, kind, code.strip());
		if (reason.isEmpty()) {
			errors.add(new FieldError(field, "shopfloor.problem.reason-unknown", code.strip()));
		}
		return reason.orElse(null);
	}

}
