package io.kaiwu.production.order;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.FieldChecks;
import io.kaiwu.production.stock.StockDraft;
import io.kaiwu.production.stock.StockKeeping;
import io.kaiwu.production.stock.StockMovement;
import io.kaiwu.quality.Genealogy;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers finished lots against a customer order line: the lots must be of the line's
 * item; the delivery is recorded in quality's genealogy (where forward traces end), the
 * quantity is issued from the plant's stock with reason {@code DELIVERY}, and counts as
 * delivered on the line. All or nothing. Audited as {@code production-delivery}.
 */
@Service
public class DeliveringOrders {

	static final String AUDITED = "production-delivery";

	private final CustomerOrderRows orders;

	private final Genealogy genealogy;

	private final StockKeeping stock;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	DeliveringOrders(CustomerOrderRows orders, Genealogy genealogy, StockKeeping stock, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.orders = orders;
		this.genealogy = genealogy;
		this.stock = stock;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Delivers lots against a line.
	 * @param tenant whose order.
	 * @param lineId the customer order line.
	 * @param draft the delivery.
	 * @return the order after the delivery.
	 */
	@Transactional
	public CustomerOrder deliver(TenantId tenant, UUID lineId, DeliveryDraft draft) {
		CustomerOrder order = this.orders.ofLine(tenant, lineId)
			.orElseThrow(() -> new KaiwuProblem.NotFound("customer-order-line", lineId));
		CustomerOrder.Line line = order.lines().stream().filter((l) -> l.id().equals(lineId)).findFirst().orElseThrow();
		List<FieldError> errors = new ArrayList<>();
		String number = FieldChecks.optional(draft.deliveryNumber(), "deliveryNumber", 64, errors);
		if (number == null) {
			errors.add(new FieldError("deliveryNumber", "mrp.delivery.problem.number-missing"));
		}
		LocalDate on = ManagingCustomerOrders.date(draft.deliveredOn(), "deliveredOn", 0, errors);
		List<DeliveryDraft.LotDraft> lots = (draft.lots() != null) ? draft.lots() : List.of();
		if (lots.isEmpty()) {
			errors.add(new FieldError("lots", "mrp.delivery.problem.lots-missing"));
		}
		List<Genealogy.Consumed> delivered = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < lots.size(); i++) {
			DeliveryDraft.LotDraft lot = lots.get(i);
			Genealogy.Form form = Boolean.TRUE.equals(lot.serial()) ? Genealogy.Form.SERIAL : Genealogy.Form.LOT;
			BigDecimal quantity = (form == Genealogy.Form.SERIAL) ? BigDecimal.ONE : lot.quantity();
			Optional<UUID> unit = (lot.number() == null) ? Optional.empty()
					: this.genealogy.find(tenant, form, line.itemId(), lot.number().strip());
			if (unit.isEmpty()) {
				errors.add(new FieldError("lots[" + i + "].number", "mrp.delivery.problem.lot-unknown",
						String.valueOf(lot.number()), line.lineNo()));
			}
			else if (quantity == null || quantity.signum() <= 0) {
				errors.add(new FieldError("lots[" + i + "].quantity", "mrp.stock.problem.quantity-positive",
						String.valueOf(quantity)));
			}
			else {
				delivered.add(new Genealogy.Consumed(unit.get(), quantity));
				total = total.add(quantity);
			}
		}
		if (!errors.isEmpty() || number == null || on == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		UUID deliveryId = this.genealogy.recordDelivery(tenant,
				new Genealogy.Delivered(number, order.customerId(), on, delivered));
		this.stock.move(tenant, StockMovement.Kind.ISSUE, new StockDraft(order.plantId(), line.itemId(),
				StockMovement.Reason.DELIVERY.name(), total, number, order.number() + "/" + line.lineNo()));
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO production_delivery (id, tenant_id, line_id, delivery_id, delivery_number, quantity,
				    delivered_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, tenant.value(), lineId, deliveryId, number, total, Date.valueOf(on),
					CurrentPrincipal.actorName(), Timestamp.from(Instant.now()))
			.update();
		this.events.publishEvent(ChangeRecorded.created(tenant, AUDITED, id, draft));
		return this.orders.find(tenant, order.id()).orElseThrow();
	}

}
