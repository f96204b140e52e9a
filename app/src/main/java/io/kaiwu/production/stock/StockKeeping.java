package io.kaiwu.production.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps stock as movements: receipts, issues and adjustments, each with its reason and
 * reference. An issue or adjustment that would take more than is on hand is refused, so
 * on hand never goes below zero. Audited as {@code production-stock-movement}.
 */
@Service
public class StockKeeping implements Stock {

	static final String AUDITED = "production-stock-movement";

	static final int MAX_REFERENCE = 120;

	static final int MAX_NOTE = 500;

	private final StockMovements movements;

	private final ItemCatalog items;

	private final EnterpriseStructure structure;

	private final ApplicationEventPublisher events;

	StockKeeping(StockMovements movements, ItemCatalog items, EnterpriseStructure structure,
			ApplicationEventPublisher events) {
		this.movements = movements;
		this.items = items;
		this.structure = structure;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public BigDecimal onHand(TenantId tenant, UUID plantId, UUID itemId) {
		return this.movements.onHand(tenant, plantId, itemId);
	}

	/** Production output and receipts from other modules: reason {@code PRODUCTION}. */
	@Override
	@Transactional
	public void receive(TenantId tenant, UUID plantId, UUID itemId, BigDecimal quantity, String reference) {
		record(tenant, plantId, itemId, StockMovement.Reason.PRODUCTION, quantity, reference, null);
	}

	/** Consumption by production: reason {@code CONSUMPTION}. */
	@Override
	@Transactional
	public void issue(TenantId tenant, UUID plantId, UUID itemId, BigDecimal quantity, String reference) {
		record(tenant, plantId, itemId, StockMovement.Reason.CONSUMPTION, quantity, reference, null);
	}

	/**
	 * Moves stock as a storekeeper asked, after checking every field.
	 * @param tenant whose stock.
	 * @param kind receipt, issue or adjustment.
	 * @param draft what to move.
	 * @return the recorded movement.
	 */
	@Transactional
	public StockMovement move(TenantId tenant, StockMovement.Kind kind, StockDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		if (draft.plantId() == null) {
			errors.add(new FieldError("plantId", "mrp.stock.problem.plant-missing"));
		}
		else if (this.structure.findNode(tenant, draft.plantId())
			.filter((n) -> n.level() == NodeLevel.SITE)
			.isEmpty()) {
			errors.add(new FieldError("plantId", "mrp.stock.problem.plant-unknown", draft.plantId()));
		}
		if (draft.itemId() == null) {
			errors.add(new FieldError("itemId", "mrp.stock.problem.item-missing"));
		}
		else if (this.items.item(tenant, draft.itemId()).isEmpty()) {
			errors.add(new FieldError("itemId", "mrp.stock.problem.item-unknown", draft.itemId()));
		}
		StockMovement.Reason reason = reason(kind, draft.reason(), errors);
		if (draft.quantity() == null) {
			errors.add(new FieldError("quantity", "mrp.stock.problem.quantity-missing"));
		}
		else if (kind == StockMovement.Kind.ADJUSTMENT && draft.quantity().signum() == 0) {
			errors.add(new FieldError("quantity", "mrp.stock.problem.adjustment-zero"));
		}
		else if (kind != StockMovement.Kind.ADJUSTMENT && draft.quantity().signum() <= 0) {
			errors.add(new FieldError("quantity", "mrp.stock.problem.quantity-positive", draft.quantity()));
		}
		String reference = (draft.reference() != null) ? draft.reference().strip() : "";
		if (reference.isEmpty()) {
			errors.add(new FieldError("reference", "mrp.stock.problem.reference-missing"));
		}
		else if (reference.length() > MAX_REFERENCE) {
			errors.add(new FieldError("reference", "mrp.stock.problem.reference-long", MAX_REFERENCE));
		}
		String note = (draft.note() != null && !draft.note().isBlank()) ? draft.note().strip() : null;
		if (note != null && note.length() > MAX_NOTE) {
			errors.add(new FieldError("note", "mrp.stock.problem.note-long", MAX_NOTE));
		}
		if (!errors.isEmpty() || reason == null || draft.plantId() == null || draft.itemId() == null
				|| draft.quantity() == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return record(tenant, draft.plantId(), draft.itemId(), reason, draft.quantity(), reference, note);
	}

	/**
	 * What each item of a plant has on hand, or of all plants.
	 * @param tenant whose stock.
	 * @param plantId the plant; {@literal null} for all.
	 * @return the levels, by plant and item.
	 */
	@Transactional(readOnly = true)
	public List<StockLevel> levels(TenantId tenant, @Nullable UUID plantId) {
		return this.movements.levels(tenant, plantId);
	}

	/**
	 * The latest movements of an item in a plant, newest first.
	 * @param tenant whose stock.
	 * @param plantId the plant.
	 * @param itemId the item.
	 * @param limit at most this many.
	 * @return the movements.
	 */
	@Transactional(readOnly = true)
	public List<StockMovement> movements(TenantId tenant, UUID plantId, UUID itemId, int limit) {
		return this.movements.movements(tenant, plantId, itemId, limit);
	}

	/**
	 * Records a movement; the quantity is positive for receipts and issues (the issue is
	 * stored negative) and signed for adjustments.
	 */
	private StockMovement record(TenantId tenant, UUID plantId, UUID itemId, StockMovement.Reason reason,
			BigDecimal quantity, String reference, @Nullable String note) {
		if (reason.kind() != StockMovement.Kind.ADJUSTMENT && quantity.signum() <= 0) {
			throw new KaiwuProblem.InvalidInput("quantity", "mrp.stock.problem.quantity-positive", quantity);
		}
		if (reference.isBlank() || reference.length() > MAX_REFERENCE) {
			throw new KaiwuProblem.InvalidInput("reference", "mrp.stock.problem.reference-missing");
		}
		BigDecimal signed = (reason.kind() == StockMovement.Kind.ISSUE) ? quantity.negate() : quantity;
		this.movements.lock(tenant, plantId, itemId);
		if (signed.signum() < 0) {
			BigDecimal onHand = this.movements.onHand(tenant, plantId, itemId);
			if (onHand.add(signed).signum() < 0) {
				throw new KaiwuProblem.Conflict("mrp.stock.problem.not-enough", itemLabel(tenant, itemId),
						onHand.toPlainString(), Quantities.plain(signed.negate()).toPlainString());
			}
		}
		StockMovement movement = new StockMovement(UUID.randomUUID(), plantId, itemId, Quantities.plain(signed),
				reason.kind(), reason, reference, note, CurrentPrincipal.actorName(), Instant.now());
		this.movements.insert(tenant, movement);
		this.events.publishEvent(ChangeRecorded.created(tenant, AUDITED, movement.id(), movement));
		return movement;
	}

	private String itemLabel(TenantId tenant, UUID itemId) {
		return this.items.item(tenant, itemId).map(ItemCatalog.ItemSummary::code).orElse(itemId.toString());
	}

	private static StockMovement.@Nullable Reason reason(StockMovement.Kind kind, @Nullable String given,
			List<FieldError> errors) {
		List<String> allowed = new ArrayList<>();
		for (StockMovement.Reason r : StockMovement.Reason.values()) {
			if (r.kind() == kind) {
				allowed.add(r.name());
			}
		}
		if (given == null || given.isBlank()) {
			errors.add(new FieldError("reason", "mrp.stock.problem.reason", "", String.join(", ", allowed)));
			return null;
		}
		for (StockMovement.Reason r : StockMovement.Reason.values()) {
			if (r.kind() == kind && r.name().equalsIgnoreCase(given.strip())) {
				return r;
			}
		}
		errors.add(new FieldError("reason", "mrp.stock.problem.reason", given.strip(), String.join(", ", allowed)));
		return null;
	}

}
