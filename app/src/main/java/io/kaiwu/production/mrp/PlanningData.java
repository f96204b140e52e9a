package io.kaiwu.production.mrp;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.production.mrp.kernel.ItemPlanning;
import io.kaiwu.production.mrp.kernel.LotSizing;
import io.kaiwu.production.mrp.kernel.Procurement;
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
 * Item planning data per plant: make or buy, lead time, lot-sizing rule, safety stock.
 * Audited as {@code production-item-planning}.
 */
@Service
public class PlanningData {

	static final String AUDITED = "production-item-planning";

	private final ItemPlanningRows rows;

	private final ItemCatalog items;

	private final EnterpriseStructure structure;

	private final ApplicationEventPublisher events;

	PlanningData(ItemPlanningRows rows, ItemCatalog items, EnterpriseStructure structure,
			ApplicationEventPublisher events) {
		this.rows = rows;
		this.items = items;
		this.structure = structure;
		this.events = events;
	}

	@Transactional
	public ItemPlanning put(TenantId tenant, ItemPlanningDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		if (draft.plantId() == null || this.structure.findNode(tenant, draft.plantId())
			.filter((n) -> n.level() == NodeLevel.SITE)
			.isEmpty()) {
			errors.add(new FieldError("plantId", "mrp.stock.problem.plant-unknown", String.valueOf(draft.plantId())));
		}
		if (draft.itemId() == null || this.items.item(tenant, draft.itemId()).isEmpty()) {
			errors.add(new FieldError("itemId", "mrp.stock.problem.item-unknown", String.valueOf(draft.itemId())));
		}
		Procurement procurement = choice(Procurement.class, draft.procurement(), "procurement", errors);
		int lead = (draft.leadTimeDays() != null) ? draft.leadTimeDays() : 0;
		if (lead < 0 || lead > 365) {
			errors.add(new FieldError("leadTimeDays", "mrp.planning.problem.lead-time", lead));
		}
		LotSizing.Rule rule = (draft.lotRule() == null) ? LotSizing.Rule.LOT_FOR_LOT
				: choice(LotSizing.Rule.class, draft.lotRule(), "lotRule", errors);
		BigDecimal lotQuantity = (draft.lotQuantity() != null) ? draft.lotQuantity() : BigDecimal.ZERO;
		if (rule != null && rule != LotSizing.Rule.LOT_FOR_LOT && lotQuantity.signum() <= 0) {
			errors.add(new FieldError("lotQuantity", "mrp.planning.problem.lot-quantity", rule.name()));
		}
		BigDecimal safety = (draft.safetyStock() != null) ? draft.safetyStock() : BigDecimal.ZERO;
		if (safety.signum() < 0) {
			errors.add(new FieldError("safetyStock", "mrp.planning.problem.safety-stock", safety));
		}
		if (!errors.isEmpty() || procurement == null || rule == null || draft.plantId() == null
				|| draft.itemId() == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		ItemPlanning planning = new ItemPlanning(draft.itemId(), procurement, lead,
				(rule == LotSizing.Rule.LOT_FOR_LOT) ? LotSizing.LOT_FOR_LOT : new LotSizing(rule, lotQuantity),
				safety);
		this.rows.put(tenant, draft.plantId(), planning, CurrentPrincipal.actorName(), Instant.now());
		this.events.publishEvent(ChangeRecorded.of(tenant, AUDITED, draft.plantId() + "/" + draft.itemId(),
				ChangeRecorded.Action.UPDATED, planning));
		return planning;
	}

	@Transactional(readOnly = true)
	public List<ItemPlanning> ofPlant(TenantId tenant, UUID plantId) {
		return this.rows.ofPlant(tenant, plantId);
	}

	private static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String given, String field,
			List<FieldError> errors) {
		List<String> names = new ArrayList<>();
		for (E value : type.getEnumConstants()) {
			names.add(value.name());
			if (given != null && value.name().equals(given.strip().toUpperCase(Locale.ROOT))) {
				return value;
			}
		}
		errors
			.add(new FieldError(field, "mrp.planning.problem.choice", String.valueOf(given), String.join(", ", names)));
		return null;
	}

}
