package io.kaiwu.quality.inspection.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.quality.inspection.CharacteristicSpecs;
import io.kaiwu.quality.inspection.InspectionKind;
import io.kaiwu.shared.ChangeRecorded;
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
 * A tenant's inspection plans (检验计划), audited ({@code inspection-plan}). A characteristic
 * keeps its id while its plan is changed, so charts and records stay with it; one with
 * recorded subgroups cannot be removed or turned from variable to attribute, and a plan
 * with records cannot be deleted (pause it instead).
 */
@Service
public class InspectionPlans implements CharacteristicSpecs {

	static final String AUDITED = "inspection-plan";

	private final InspectionPlanRecords records;

	private final InspectionPlanChecks checks;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	InspectionPlans(InspectionPlanRecords records, InspectionPlanChecks checks, ApplicationEventPublisher events) {
		this.records = records;
		this.checks = checks;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Page<InspectionPlan> list(TenantId tenant, @Nullable UUID itemId, @Nullable InspectionKind kind,
			PageQuery page) {
		return Page.of(this.records.page(tenant, itemId, kind, page), this.records.count(tenant, itemId, kind), page);
	}

	@Transactional(readOnly = true)
	public InspectionPlan get(TenantId tenant, UUID id) {
		return find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("inspection-plan", id));
	}

	@Transactional(readOnly = true)
	public Optional<InspectionPlan> find(TenantId tenant, UUID id) {
		return this.records.find(tenant, id, false);
	}

	/** One characteristic with the item its plan inspects. */
	@Transactional(readOnly = true)
	public Optional<Characteristic> characteristic(TenantId tenant, UUID characteristicId) {
		return this.records.characteristic(tenant, characteristicId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CharacteristicSpec> spec(TenantId tenant, UUID characteristicId) {
		return this.records.characteristic(tenant, characteristicId)
			.flatMap((c) -> this.records.itemOf(tenant, c.planId())
				.map((item) -> new CharacteristicSpec(c.id(), c.planId(), item, c.code(), c.name(), c.variable(),
						c.nominal(), c.lowerLimit(), c.upperLimit(), c.unit(), c.sampleSize())));
	}

	@Transactional
	public InspectionPlan create(TenantId tenant, PlanDraft draft) {
		UUID id = UUID.randomUUID();
		InspectionPlanChecks.Checked c = this.checks.check(tenant, id, draft);
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < c.characteristics().size(); i++) {
			UUID characteristicId = c.characteristics().get(i).id();
			if (this.records.belongsToOtherPlan(tenant, id, characteristicId)) {
				errors.add(new FieldError("characteristics[" + i + "].id",
						"quality.inspection.problem.foreign-characteristic", characteristicId));
			}
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Instant now = this.clock.instant();
		InspectionPlan plan = new InspectionPlan(id, tenant, c.itemId(), c.operation(), c.kind(), c.name(),
				c.description(), c.active(), c.characteristics(), now, now);
		this.records.insert(plan);
		this.events.publishEvent(ChangeRecorded.created(tenant, AUDITED, id, snapshot(plan)));
		return get(tenant, id);
	}

	@Transactional
	public InspectionPlan update(TenantId tenant, UUID id, PlanDraft draft) {
		InspectionPlan before = this.records.find(tenant, id, true)
			.orElseThrow(() -> new KaiwuProblem.NotFound("inspection-plan", id));
		InspectionPlanChecks.Checked c = this.checks.check(tenant, id, draft);
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < c.characteristics().size(); i++) {
			Characteristic changed = c.characteristics().get(i);
			Optional<Characteristic> existing = before.characteristic(changed.id());
			if (existing.isEmpty() && this.records.belongsToOtherPlan(tenant, id, changed.id())) {
				errors.add(new FieldError("characteristics[" + i + "].id",
						"quality.inspection.problem.foreign-characteristic", changed.id()));
			}
			else if (existing.isPresent() && existing.get().type() != changed.type()
					&& this.records.hasSubgroups(tenant, changed.id())) {
				errors.add(new FieldError("characteristics[" + i + "].type",
						"quality.inspection.problem.type-with-subgroups", existing.get().code()));
			}
		}
		Set<UUID> kept = c.characteristics().stream().map(Characteristic::id).collect(Collectors.toSet());
		List<UUID> removed = new ArrayList<>();
		for (Characteristic old : before.characteristics()) {
			if (kept.contains(old.id())) {
				continue;
			}
			if (this.records.hasSubgroups(tenant, old.id())) {
				errors.add(new FieldError("characteristics", "quality.inspection.problem.remove-with-subgroups",
						old.code(), old.id()));
			}
			removed.add(old.id());
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		InspectionPlan after = new InspectionPlan(id, tenant, c.itemId(), c.operation(), c.kind(), c.name(),
				c.description(), c.active(), c.characteristics(), before.createdAt(), this.clock.instant());
		this.records.update(after, removed);
		this.events.publishEvent(ChangeRecorded.updated(tenant, AUDITED, id, snapshot(before), snapshot(after)));
		return get(tenant, id);
	}

	@Transactional
	public void delete(TenantId tenant, UUID id) {
		InspectionPlan plan = this.records.find(tenant, id, true)
			.orElseThrow(() -> new KaiwuProblem.NotFound("inspection-plan", id));
		if (this.records.hasRecords(tenant, id)
				|| plan.characteristics().stream().anyMatch((c) -> this.records.hasSubgroups(tenant, c.id()))) {
			throw new KaiwuProblem.Conflict("quality.inspection.problem.delete-with-records", plan.name());
		}
		this.records.delete(tenant, id);
		this.events.publishEvent(ChangeRecorded.deleted(tenant, AUDITED, id, snapshot(plan)));
	}

	/** What the audit log keeps of a plan. */
	private static Map<String, Object> snapshot(InspectionPlan p) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("itemId", p.itemId().toString());
		audit.put("operation", String.valueOf(p.operation()));
		audit.put("kind", p.kind().name());
		audit.put("name", p.name());
		audit.put("active", p.active());
		audit.put("characteristics", p.characteristics().stream().map(InspectionPlans::snapshot).toList());
		return audit;
	}

	private static Map<String, Object> snapshot(Characteristic c) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("id", c.id().toString());
		audit.put("code", c.code());
		audit.put("name", c.name());
		audit.put("type", c.type().name());
		audit.put("nominal", String.valueOf(c.nominal()));
		audit.put("lsl", String.valueOf(c.lowerLimit()));
		audit.put("usl", String.valueOf(c.upperLimit()));
		audit.put("unit", String.valueOf(c.unit()));
		audit.put("defectTypes", String.join(", ", c.defectTypes()));
		audit.put("sampleSize", c.sampleSize());
		audit.put("frequency",
				c.frequency().kind() + ((c.frequency().every() != null) ? " " + c.frequency().every() : ""));
		audit.put("method", String.valueOf(c.method()));
		audit.put("gauge", String.valueOf(c.gauge()));
		return audit;
	}

}
