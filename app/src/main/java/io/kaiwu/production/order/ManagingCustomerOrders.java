package io.kaiwu.production.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.FieldChecks;
import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.masterdata.ItemCatalog.ItemSummary;
import io.kaiwu.masterdata.PartnerCatalog;
import io.kaiwu.masterdata.PartnerCatalog.PartnerSummary;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters and reads customer orders. Every line must name a known item, a quantity above
 * zero and a due date; a bad line is refused naming the line. Audited as
 * {@code production-customer-order}.
 */
@Service
public class ManagingCustomerOrders {

	static final String AUDITED = "production-customer-order";

	/** Priority of a line that gives none. */
	public static final int NORMAL_PRIORITY = 5;

	private final CustomerOrderRows orders;

	private final DocumentNumbers numbers;

	private final ItemCatalog items;

	private final PartnerCatalog partners;

	private final EnterpriseStructure structure;

	private final ApplicationEventPublisher events;

	ManagingCustomerOrders(CustomerOrderRows orders, DocumentNumbers numbers, ItemCatalog items,
			PartnerCatalog partners, EnterpriseStructure structure, ApplicationEventPublisher events) {
		this.orders = orders;
		this.numbers = numbers;
		this.items = items;
		this.partners = partners;
		this.structure = structure;
		this.events = events;
	}

	@Transactional
	public CustomerOrder create(TenantId tenant, CustomerOrderDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		PartnerSummary customer = customer(tenant, draft, errors);
		UUID plantId = plant(tenant, draft.plantId(), errors, this.structure);
		String reference = FieldChecks.optional(draft.customerReference(), "customerReference", 64, errors);
		String note = FieldChecks.optional(draft.note(), "note", 1000, errors);
		List<CustomerOrderDraft.LineDraft> drafts = (draft.lines() != null) ? draft.lines() : List.of();
		if (drafts.isEmpty()) {
			errors.add(new FieldError("lines", "mrp.order.problem.lines-missing"));
		}
		List<CustomerOrder.Line> lines = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			CustomerOrderDraft.LineDraft line = drafts.get(i);
			String at = "lines[" + i + "]";
			ItemSummary item = item(tenant, line.itemId(), line.itemCode(), at, i + 1, errors);
			BigDecimal quantity = line.quantity();
			if (quantity == null || quantity.signum() <= 0) {
				errors.add(new FieldError(at + ".quantity", "mrp.order.problem.line-quantity", i + 1,
						String.valueOf(quantity)));
			}
			LocalDate due = date(line.dueDate(), at + ".dueDate", i + 1, errors);
			int priority = (line.priority() != null) ? line.priority() : NORMAL_PRIORITY;
			if (priority < 1 || priority > 9) {
				errors.add(new FieldError(at + ".priority", "mrp.order.problem.priority", i + 1, priority));
			}
			if (item != null && quantity != null && quantity.signum() > 0 && due != null) {
				lines.add(new CustomerOrder.Line(UUID.randomUUID(), i + 1, item.id(), quantity, due, priority,
						BigDecimal.ZERO));
			}
		}
		if (!errors.isEmpty() || customer == null || plantId == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		CustomerOrder order = new CustomerOrder(UUID.randomUUID(), this.numbers.next(tenant, DocumentNumbers.Kind.CO),
				customer.id(), plantId, reference, note, CurrentPrincipal.actorName(), Instant.now(), lines);
		this.orders.insert(tenant, order);
		this.events.publishEvent(ChangeRecorded.created(tenant, AUDITED, order.id(), order));
		return get(tenant, order.id());
	}

	@Transactional(readOnly = true)
	public CustomerOrder get(TenantId tenant, UUID id) {
		return this.orders.find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("customer-order", id));
	}

	@Transactional(readOnly = true)
	public Optional<CustomerOrder> ofLine(TenantId tenant, UUID lineId) {
		return this.orders.ofLine(tenant, lineId);
	}

	@Transactional(readOnly = true)
	public Page<CustomerOrder> list(TenantId tenant, PageQuery page) {
		return Page.of(this.orders.page(tenant, page), this.orders.count(tenant), page);
	}

	/**
	 * The customer orders of a plant with lines still to deliver.
	 * @param tenant whose orders.
	 * @param plantId the plant.
	 * @return the orders; their lines include delivered ones.
	 */
	@Transactional(readOnly = true)
	public List<CustomerOrder> open(TenantId tenant, UUID plantId) {
		return this.orders.ofPlant(tenant, plantId)
			.stream()
			.filter((o) -> o.lines().stream().anyMatch((l) -> l.open().signum() > 0))
			.toList();
	}

	private @Nullable ItemSummary item(TenantId tenant, @Nullable UUID id, @Nullable String code, String at, int lineNo,
			List<FieldError> errors) {
		if (id != null) {
			Optional<ItemSummary> item = this.items.item(tenant, id);
			if (item.isEmpty()) {
				errors.add(new FieldError(at + ".itemId", "mrp.order.problem.item-unknown", lineNo, id));
			}
			return item.orElse(null);
		}
		if (code == null || code.isBlank()) {
			errors.add(new FieldError(at + ".itemId", "mrp.order.problem.item-missing", lineNo));
			return null;
		}
		Optional<ItemSummary> item = this.items.byCode(tenant, code.strip());
		if (item.isEmpty()) {
			errors.add(new FieldError(at + ".itemCode", "mrp.order.problem.item-unknown", lineNo, code.strip()));
		}
		return item.orElse(null);
	}

	private @Nullable PartnerSummary customer(TenantId tenant, CustomerOrderDraft draft, List<FieldError> errors) {
		Optional<PartnerSummary> partner = Optional.empty();
		String field = (draft.customerId() != null) ? "customerId" : "customerCode";
		if (draft.customerId() != null) {
			partner = this.partners.partner(tenant, draft.customerId());
		}
		else if (draft.customerCode() != null && !draft.customerCode().isBlank()) {
			partner = this.partners.byCode(tenant, draft.customerCode().strip());
		}
		else {
			errors.add(new FieldError("customerId", "mrp.order.problem.customer-missing"));
			return null;
		}
		if (partner.isEmpty()) {
			errors.add(new FieldError(field, "mrp.order.problem.customer-unknown",
					(draft.customerId() != null) ? draft.customerId() : draft.customerCode()));
			return null;
		}
		if (!partner.get().customer()) {
			errors.add(new FieldError(field, "mrp.order.problem.not-customer", partner.get().code()));
			return null;
		}
		return partner.get();
	}

	/** The plant, checked to be a site of the tenant. */
	static @Nullable UUID plant(TenantId tenant, @Nullable UUID plantId, List<FieldError> errors,
			EnterpriseStructure structure) {
		if (plantId == null) {
			errors.add(new FieldError("plantId", "mrp.stock.problem.plant-missing"));
			return null;
		}
		if (structure.findNode(tenant, plantId).filter((n) -> n.level() == NodeLevel.SITE).isEmpty()) {
			errors.add(new FieldError("plantId", "mrp.stock.problem.plant-unknown", plantId));
			return null;
		}
		return plantId;
	}

	static @Nullable LocalDate date(@Nullable String text, String field, int lineNo, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			errors.add(new FieldError(field, "mrp.order.problem.date", lineNo, ""));
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError(field, "mrp.order.problem.date", lineNo, text.strip()));
			return null;
		}
	}

}
