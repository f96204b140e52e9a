package io.kaiwu.quality.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.masterdata.ItemCatalog.ItemSummary;
import io.kaiwu.masterdata.PartnerCatalog;
import io.kaiwu.masterdata.PartnerCatalog.PartnerSummary;
import io.kaiwu.quality.Genealogy.Form;
import io.kaiwu.quality.Genealogy.Stage;
import io.kaiwu.quality.identifier.ProductIdentifiers;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
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
 * Registers lots and serial numbers and answers what they hold. A purchased one names its
 * supplier (a partner with the supplier role) and the supplier's own batch number; every
 * one gets its product identifier on registration. Registrations are audited
 * ({@code quality-lot}).
 */
@Service
public class RegisteringLots {

	static final String AUDITED = "quality-lot";

	static final int MAX_NUMBER = 64;

	private final TraceUnits units;

	private final ItemCatalog items;

	private final PartnerCatalog partners;

	private final ProductIdentifiers identifiers;

	private final ApplicationEventPublisher events;

	RegisteringLots(TraceUnits units, ItemCatalog items, PartnerCatalog partners, ProductIdentifiers identifiers,
			ApplicationEventPublisher events) {
		this.units = units;
		this.items = items;
		this.partners = partners;
		this.identifiers = identifiers;
		this.events = events;
	}

	@Transactional
	public TraceUnit register(TenantId tenant, Form form, UnitDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		Stage stage = stage(draft.stage(), errors);
		ItemSummary item = item(tenant, draft.itemId(), draft.itemCode(), errors);
		String number = text(draft.number());
		if (number == null) {
			errors.add(new FieldError("number", "quality.trace.problem.number-missing"));
		}
		else if (number.length() > MAX_NUMBER) {
			errors.add(new FieldError("number", "quality.trace.problem.number-long", MAX_NUMBER));
		}
		BigDecimal quantity = quantity(form, draft.quantity(), errors);
		PartnerSummary supplier = null;
		String supplierBatch = text(draft.supplierBatch());
		boolean namesSupplier = draft.supplierId() != null || text(draft.supplierCode()) != null;
		if (stage == Stage.PURCHASED) {
			supplier = supplier(tenant, draft.supplierId(), draft.supplierCode(), errors);
			if (supplierBatch == null) {
				errors.add(new FieldError("supplierBatch", "quality.trace.problem.supplier-batch-missing"));
			}
			else if (supplierBatch.length() > MAX_NUMBER) {
				errors.add(new FieldError("supplierBatch", "quality.trace.problem.number-long", MAX_NUMBER));
			}
		}
		else if (stage != null && (namesSupplier || supplierBatch != null)) {
			errors.add(new FieldError("supplierId", "quality.trace.problem.supplier-not-purchased", stage));
		}
		Instant madeAt = instant(draft.madeAt(), "madeAt", errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return insert(tenant, form, stage, item, number, quantity, supplier, supplierBatch,
				(madeAt != null) ? madeAt : Instant.now(), text(draft.note()));
	}

	/** What production registers: work in process or finished, never purchased. */
	@Transactional
	public TraceUnit registerMade(TenantId tenant, Form form, Stage stage, UUID itemId, String number,
			@Nullable BigDecimal quantity, Instant madeAt) {
		if (stage == Stage.PURCHASED) {
			throw new KaiwuProblem.InvalidInput("stage", "quality.trace.problem.made-purchased");
		}
		return register(tenant, form,
				new UnitDraft(stage.name(), itemId, null, number, quantity, null, null, null, madeAt.toString(), null));
	}

	private TraceUnit insert(TenantId tenant, Form form, @Nullable Stage stage, @Nullable ItemSummary item,
			@Nullable String number, @Nullable BigDecimal quantity, @Nullable PartnerSummary supplier,
			@Nullable String supplierBatch, Instant madeAt, @Nullable String note) {
		if (stage == null || item == null || number == null || quantity == null) {
			throw new IllegalStateException("validated above");
		}
		if (this.units.find(tenant, form, item.id(), number).isPresent()) {
			throw new KaiwuProblem.Conflict("quality.trace.problem.number-taken", form, item.code(), number);
		}
		TraceUnit unit = new TraceUnit(UUID.randomUUID(), tenant, form, stage, item.id(), number, quantity,
				item.baseUnitCode(), (supplier != null) ? supplier.id() : null, supplierBatch, madeAt,
				this.identifiers.next(tenant, form), note, CurrentPrincipal.actorName(), Instant.now());
		this.units.insert(unit);
		this.events.publishEvent(ChangeRecorded.created(tenant, AUDITED, unit.id(), unit));
		return unit;
	}

	@Transactional(readOnly = true)
	public TraceUnit get(TenantId tenant, UUID id) {
		return this.units.find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("lot", id));
	}

	@Transactional(readOnly = true)
	public Optional<TraceUnit> find(TenantId tenant, Form form, UUID itemId, String number) {
		return this.units.find(tenant, form, itemId, number.strip());
	}

	/**
	 * The one lot or serial with this number, for forms where people type numbers;
	 * refused when there is none or when items share it.
	 * @param field the form's field, for the refusal
	 */
	@Transactional(readOnly = true)
	public TraceUnit byNumber(TenantId tenant, String number, String field) {
		List<TraceUnit> found = this.units.withNumber(tenant, number.strip());
		if (found.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(field, "quality.trace.problem.unknown-unit", number);
		}
		if (found.size() > 1) {
			throw new KaiwuProblem.InvalidInput(field, "quality.trace.problem.ambiguous-number", number, found.size());
		}
		return found.get(0);
	}

	/**
	 * The unit an identifier names, whichever tenant's it is: for the public resolver.
	 */
	@Transactional(readOnly = true)
	public Optional<TraceUnit> byIdentifier(String identifier) {
		return this.units.byIdentifier(identifier);
	}

	@Transactional(readOnly = true)
	public Page<TraceUnit> list(TenantId tenant, Form form, @Nullable Stage stage, @Nullable String search,
			PageQuery page) {
		return Page.of(this.units.page(tenant, form, stage, search, page),
				this.units.count(tenant, form, stage, search), page);
	}

	@Transactional(readOnly = true)
	public UnitBalance balance(TenantId tenant, TraceUnit unit) {
		return new UnitBalance(unit.quantity(), this.units.consumed(tenant, unit.id()),
				this.units.delivered(tenant, unit.id()));
	}

	private @Nullable Stage stage(@Nullable String value, List<FieldError> errors) {
		String text = text(value);
		if (text == null) {
			errors.add(new FieldError("stage", "quality.trace.problem.stage"));
			return null;
		}
		try {
			return Stage.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.add(new FieldError("stage", "quality.trace.problem.stage"));
			return null;
		}
	}

	private @Nullable ItemSummary item(TenantId tenant, @Nullable UUID id, @Nullable String code,
			List<FieldError> errors) {
		Optional<ItemSummary> item = Optional.empty();
		if (id != null) {
			item = this.items.item(tenant, id);
		}
		else if (text(code) != null) {
			item = this.items.byCode(tenant, code.strip());
		}
		if (item.isEmpty()) {
			errors.add(new FieldError((id != null) ? "itemId" : "itemCode", "quality.trace.problem.unknown-item",
					(id != null) ? id : String.valueOf(code)));
			return null;
		}
		return item.get();
	}

	private @Nullable PartnerSummary supplier(TenantId tenant, @Nullable UUID id, @Nullable String code,
			List<FieldError> errors) {
		Optional<PartnerSummary> partner = Optional.empty();
		if (id != null) {
			partner = this.partners.partner(tenant, id);
		}
		else if (text(code) != null) {
			partner = this.partners.byCode(tenant, code.strip());
		}
		String field = (id != null) ? "supplierId" : "supplierCode";
		if (partner.isEmpty()) {
			errors.add(new FieldError(field, "quality.trace.problem.unknown-supplier",
					(id != null) ? id : String.valueOf(code)));
			return null;
		}
		if (!partner.get().supplier()) {
			errors.add(new FieldError(field, "quality.trace.problem.not-supplier", partner.get().code()));
			return null;
		}
		return partner.get();
	}

	private static @Nullable BigDecimal quantity(Form form, @Nullable BigDecimal quantity, List<FieldError> errors) {
		if (form == Form.SERIAL) {
			if (quantity != null && quantity.compareTo(BigDecimal.ONE) != 0) {
				errors.add(new FieldError("quantity", "quality.trace.problem.serial-one"));
			}
			return BigDecimal.ONE;
		}
		if (quantity == null || quantity.signum() <= 0) {
			errors.add(new FieldError("quantity", "quality.trace.problem.quantity-positive"));
			return null;
		}
		return quantity;
	}

	static @Nullable Instant instant(@Nullable String value, String field, List<FieldError> errors) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError(field, "quality.trace.problem.instant", text));
			return null;
		}
	}

	static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
