package io.kaiwu.quality.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.masterdata.PartnerCatalog;
import io.kaiwu.masterdata.PartnerCatalog.PartnerSummary;
import io.kaiwu.quality.Genealogy.Form;
import io.kaiwu.quality.Genealogy.Stage;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records deliveries of finished lots and serials to customers, where forward traces end.
 * A delivery takes from a lot what it has left, like a production step. Audited as
 * {@code quality-delivery}.
 */
@Service
public class DeliveringUnits {

	static final String AUDITED = "quality-delivery";

	private final Deliveries deliveries;

	private final TraceUnits units;

	private final RegisteringLots managing;

	private final PartnerCatalog partners;

	private final ApplicationEventPublisher events;

	DeliveringUnits(Deliveries deliveries, TraceUnits units, RegisteringLots managing, PartnerCatalog partners,
			ApplicationEventPublisher events) {
		this.deliveries = deliveries;
		this.units = units;
		this.managing = managing;
		this.partners = partners;
		this.events = events;
	}

	@Transactional
	public Delivery deliver(TenantId tenant, DeliveryDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		String number = RegisteringLots.text(draft.deliveryNumber());
		if (number == null) {
			errors.add(new FieldError("deliveryNumber", "quality.trace.problem.number-missing"));
		}
		else if (number.length() > RegisteringLots.MAX_NUMBER) {
			errors
				.add(new FieldError("deliveryNumber", "quality.trace.problem.number-long", RegisteringLots.MAX_NUMBER));
		}
		PartnerSummary customer = customer(tenant, draft, errors);
		LocalDate on = null;
		String date = RegisteringLots.text(draft.deliveredOn());
		if (date == null) {
			errors.add(new FieldError("deliveredOn", "quality.trace.problem.date", ""));
		}
		else {
			try {
				on = LocalDate.parse(date);
			}
			catch (DateTimeParseException ex) {
				errors.add(new FieldError("deliveredOn", "quality.trace.problem.date", date));
			}
		}
		List<DeliveryDraft.LineDraft> lines = (draft.lines() != null) ? draft.lines() : List.of();
		if (lines.isEmpty()) {
			errors.add(new FieldError("lines", "quality.trace.problem.lines-missing"));
		}
		List<UUID> ids = lines.stream().map(DeliveryDraft.LineDraft::unitId).filter((id) -> id != null).toList();
		Map<UUID, TraceUnit> found = new HashMap<>();
		this.units.lock(tenant, ids).forEach((u) -> found.put(u.id(), u));
		List<GenealogyRules.Take> takes = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			DeliveryDraft.LineDraft line = lines.get(i);
			TraceUnit unit = (line.unitId() != null) ? found.get(line.unitId()) : null;
			if (unit == null) {
				errors.add(new FieldError("lines[" + i + "].unitId", "quality.trace.problem.unknown-unit",
						String.valueOf(line.unitId())));
				continue;
			}
			if (unit.stage() != Stage.FINISHED) {
				errors.add(new FieldError("lines[" + i + "].unitId", "quality.trace.problem.deliver-unfinished",
						unit.number(), unit.stage()));
				continue;
			}
			BigDecimal quantity = line.quantity();
			if (quantity == null) {
				quantity = (unit.form() == Form.SERIAL) ? BigDecimal.ONE : BigDecimal.ZERO;
			}
			takes.add(new GenealogyRules.Take(i, unit, quantity));
		}
		if (errors.isEmpty() && number != null && this.deliveries.numberTaken(tenant, number)) {
			throw new KaiwuProblem.Conflict("quality.trace.problem.delivery-taken", number);
		}
		if (errors.isEmpty()) {
			Map<UUID, UnitBalance> balances = new HashMap<>();
			takes.forEach((t) -> balances.put(t.unit().id(), this.managing.balance(tenant, t.unit())));
			errors.addAll(GenealogyRules.quantities("lines", takes, balances));
		}
		if (!errors.isEmpty() || number == null || customer == null || on == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Delivery delivery = new Delivery(UUID.randomUUID(), tenant, number, customer.id(), on,
				CurrentPrincipal.actorName(), Instant.now(),
				takes.stream()
					.map((t) -> new Delivery.Line(t.unit().id(), t.quantity().stripTrailingZeros()))
					.toList());
		this.deliveries.insert(delivery);
		this.events.publishEvent(ChangeRecorded.created(tenant, AUDITED, delivery.id(), delivery));
		return delivery;
	}

	@Transactional(readOnly = true)
	public Delivery get(TenantId tenant, UUID id) {
		return this.deliveries.find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("delivery", id));
	}

	private @Nullable PartnerSummary customer(TenantId tenant, DeliveryDraft draft, List<FieldError> errors) {
		Optional<PartnerSummary> partner = Optional.empty();
		if (draft.customerId() != null) {
			partner = this.partners.partner(tenant, draft.customerId());
		}
		else if (RegisteringLots.text(draft.customerCode()) != null) {
			partner = this.partners.byCode(tenant, draft.customerCode().strip());
		}
		String field = (draft.customerId() != null) ? "customerId" : "customerCode";
		if (partner.isEmpty()) {
			errors.add(new FieldError(field, "quality.trace.problem.unknown-customer",
					(draft.customerId() != null) ? draft.customerId() : String.valueOf(draft.customerCode())));
			return null;
		}
		if (!partner.get().customer()) {
			errors.add(new FieldError(field, "quality.trace.problem.not-customer", partner.get().code()));
			return null;
		}
		return partner.get();
	}

}
