package io.kaiwu.production.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.FieldChecks;
import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.masterdata.PartnerCatalog;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purchase requisitions: raised by hand or firmed from an MRP planned order, then
 * ordered, closed or cancelled by purchasing. Audited as
 * {@code production-purchase-requisition}.
 */
@Service
public class ManagingPurchaseRequisitions {

	static final String AUDITED = "production-purchase-requisition";

	private final PurchaseRequisitionRows requisitions;

	private final DocumentNumbers numbers;

	private final ItemCatalog items;

	private final PartnerCatalog partners;

	private final EnterpriseStructure structure;

	private final ApplicationEventPublisher events;

	ManagingPurchaseRequisitions(PurchaseRequisitionRows requisitions, DocumentNumbers numbers, ItemCatalog items,
			PartnerCatalog partners, EnterpriseStructure structure, ApplicationEventPublisher events) {
		this.requisitions = requisitions;
		this.numbers = numbers;
		this.items = items;
		this.partners = partners;
		this.structure = structure;
		this.events = events;
	}

	@Transactional
	public PurchaseRequisition create(TenantId tenant, PurchaseRequisitionDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		if (draft.itemId() == null) {
			errors.add(new FieldError("itemId", "mrp.stock.problem.item-missing"));
		}
		else if (this.items.item(tenant, draft.itemId()).isEmpty()) {
			errors.add(new FieldError("itemId", "mrp.stock.problem.item-unknown", draft.itemId()));
		}
		UUID plantId = ManagingCustomerOrders.plant(tenant, draft.plantId(), errors, this.structure);
		supplier(tenant, draft.supplierId(), errors);
		if (draft.quantity() == null || draft.quantity().signum() <= 0) {
			errors.add(new FieldError("quantity", "mrp.stock.problem.quantity-positive",
					String.valueOf(draft.quantity())));
		}
		LocalDate need = ManagingCustomerOrders.date(draft.needDate(), "needDate", 0, errors);
		String note = FieldChecks.optional(draft.note(), "note", 500, errors);
		if (!errors.isEmpty() || draft.itemId() == null || plantId == null || need == null
				|| draft.quantity() == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return insert(tenant, draft.itemId(), plantId, draft.supplierId(), draft.quantity(), need, need, null, note);
	}

	/**
	 * Creates a requisition from an MRP planned order the planner firmed.
	 * @param tenant whose requisition.
	 * @param itemId the item.
	 * @param plantId the plant.
	 * @param supplierId the supplier proposed, or {@literal null}.
	 * @param quantity the planned quantity.
	 * @param release the planned release (order) day.
	 * @param need the planned receipt day.
	 * @param mrpRunId the run.
	 * @return the new requisition.
	 */
	@Transactional
	public PurchaseRequisition firm(TenantId tenant, UUID itemId, UUID plantId, @Nullable UUID supplierId,
			BigDecimal quantity, LocalDate release, LocalDate need, UUID mrpRunId) {
		List<FieldError> errors = new ArrayList<>();
		supplier(tenant, supplierId, errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return insert(tenant, itemId, plantId, supplierId, quantity, release, need, mrpRunId, null);
	}

	private PurchaseRequisition insert(TenantId tenant, UUID itemId, UUID plantId, @Nullable UUID supplierId,
			BigDecimal quantity, LocalDate release, LocalDate need, @Nullable UUID mrpRunId, @Nullable String note) {
		PurchaseRequisition requisition = new PurchaseRequisition(UUID.randomUUID(),
				this.numbers.next(tenant, DocumentNumbers.Kind.PR), itemId, plantId, supplierId, quantity, release,
				need, PurchaseRequisition.Status.OPEN, mrpRunId, note, CurrentPrincipal.actorName(), Instant.now());
		this.requisitions.insert(tenant, requisition);
		this.events.publishEvent(ChangeRecorded.created(tenant, AUDITED, requisition.id(), requisition));
		return get(tenant, requisition.id());
	}

	/**
	 * Moves a requisition on: an open one may be ordered or cancelled, an ordered one
	 * closed or cancelled.
	 * @param tenant whose requisition.
	 * @param id the requisition.
	 * @param status the new status.
	 * @return the requisition after the move.
	 */
	@Transactional
	public PurchaseRequisition move(TenantId tenant, UUID id, PurchaseRequisition.Status status) {
		PurchaseRequisition before = get(tenant, id);
		boolean allowed = switch (before.status()) {
			case OPEN -> status == PurchaseRequisition.Status.ORDERED || status == PurchaseRequisition.Status.CANCELLED;
			case ORDERED ->
				status == PurchaseRequisition.Status.CLOSED || status == PurchaseRequisition.Status.CANCELLED;
			case CLOSED, CANCELLED -> false;
		};
		if (!allowed) {
			throw new KaiwuProblem.Conflict("mrp.requisition.problem.move", before.number(), before.status().name(),
					status.name());
		}
		this.requisitions.status(tenant, id, status);
		PurchaseRequisition after = get(tenant, id);
		this.events.publishEvent(ChangeRecorded.updated(tenant, AUDITED, id, before, after));
		return after;
	}

	@Transactional(readOnly = true)
	public PurchaseRequisition get(TenantId tenant, UUID id) {
		return this.requisitions.find(tenant, id)
			.orElseThrow(() -> new KaiwuProblem.NotFound("purchase-requisition", id));
	}

	@Transactional(readOnly = true)
	public Page<PurchaseRequisition> list(TenantId tenant, PageQuery page) {
		return Page.of(this.requisitions.page(tenant, page), this.requisitions.count(tenant), page);
	}

	/**
	 * Open and ordered requisitions of a plant: MRP's scheduled receipts.
	 * @param tenant whose requisitions.
	 * @param plantId the plant.
	 * @return the requisitions by need date.
	 */
	@Transactional(readOnly = true)
	public List<PurchaseRequisition> open(TenantId tenant, UUID plantId) {
		return this.requisitions.open(tenant, plantId);
	}

	private void supplier(TenantId tenant, @Nullable UUID supplierId, List<FieldError> errors) {
		if (supplierId == null) {
			return;
		}
		var partner = this.partners.partner(tenant, supplierId);
		if (partner.isEmpty() || !partner.get().supplier()) {
			errors.add(new FieldError("supplierId", "mrp.requisition.problem.supplier-unknown", supplierId));
		}
	}

}
