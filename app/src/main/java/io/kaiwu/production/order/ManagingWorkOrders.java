package io.kaiwu.production.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.production.stock.Quantities;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work orders (工单) as the shop floor and scheduling use them. A report adds its good and
 * scrap quantities and moves the status (released → running ⇄ paused → finished; a
 * finished work order takes no more reports). When the routing's last work order
 * finishes, its production order is finished with the good quantity made. Audited as
 * {@code production-work-order}.
 */
@Service
public class ManagingWorkOrders implements WorkOrders {

	static final String AUDITED = "production-work-order";

	private final WorkOrderRows workOrders;

	private final ProductionOrderRows orders;

	private final ApplicationEventPublisher events;

	ManagingWorkOrders(WorkOrderRows workOrders, ProductionOrderRows orders, ApplicationEventPublisher events) {
		this.workOrders = workOrders;
		this.orders = orders;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<WorkOrder> workOrder(TenantId tenant, UUID workOrderId) {
		return this.workOrders.find(tenant, workOrderId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<WorkOrder> byNumber(TenantId tenant, String number) {
		return this.workOrders.byNumber(tenant, number.strip());
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkOrder> ofOrders(TenantId tenant, Collection<UUID> productionOrderIds) {
		return this.workOrders.ofOrders(tenant, productionOrderIds);
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkOrder> open(TenantId tenant) {
		return this.workOrders.open(tenant);
	}

	/**
	 * The work orders of one production order, in sequence.
	 * @param tenant whose work orders.
	 * @param productionOrderId the production order.
	 * @return its work orders; empty before release.
	 */
	@Transactional(readOnly = true)
	public List<WorkOrder> ofOrder(TenantId tenant, UUID productionOrderId) {
		return this.workOrders.ofOrder(tenant, productionOrderId);
	}

	@Override
	@Transactional
	public WorkOrder recordProgress(TenantId tenant, UUID workOrderId, Progress progress) {
		List<FieldError> errors = new ArrayList<>();
		if (progress.status() == null) {
			errors.add(new FieldError("status", "mrp.work-order.problem.status-missing"));
		}
		else if (progress.status() == Status.RELEASED) {
			errors.add(new FieldError("status", "mrp.work-order.problem.status-back"));
		}
		BigDecimal good = quantity("goodQuantity", progress.goodQuantity(), errors);
		BigDecimal scrap = quantity("scrapQuantity", progress.scrapQuantity(), errors);
		if (progress.at() == null) {
			errors.add(new FieldError("at", "mrp.work-order.problem.at-missing"));
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		WorkOrder before = this.workOrders.lock(tenant, workOrderId)
			.orElseThrow(() -> new KaiwuProblem.NotFound("work-order", workOrderId));
		if (before.status() == Status.FINISHED) {
			throw new KaiwuProblem.Conflict("mrp.work-order.problem.finished", before.number());
		}
		ProductionOrder order = this.orders.lock(tenant, before.productionOrderId())
			.orElseThrow(() -> new KaiwuProblem.NotFound("production-order", before.productionOrderId()));
		WorkOrder after = new WorkOrder(before.id(), before.number(), before.productionOrderId(),
				before.productionOrderNumber(), before.itemId(), before.plantId(), before.sequence(),
				before.operationCode(), before.operationName(), before.workCentreId(), before.resourceId(),
				before.quantity(), Quantities.plain(before.goodQuantity().add(good)),
				Quantities.plain(before.scrapQuantity().add(scrap)), progress.status(), before.lastOperation());
		Instant at = progress.at();
		this.workOrders.progress(tenant, after, at);
		if (after.lastOperation()) {
			if (after.status() == Status.FINISHED) {
				this.orders.finished(tenant, order.id(), after.goodQuantity(), at);
			}
			else {
				this.orders.good(tenant, order.id(), after.goodQuantity());
			}
		}
		this.events.publishEvent(ChangeRecorded.updated(tenant, AUDITED, after.id(), before, after));
		return after;
	}

	private static BigDecimal quantity(String field, BigDecimal given, List<FieldError> errors) {
		if (given == null) {
			return BigDecimal.ZERO;
		}
		if (given.signum() < 0) {
			errors.add(new FieldError(field, "mrp.work-order.problem.quantity-negative", given));
			return BigDecimal.ZERO;
		}
		return given;
	}

}
