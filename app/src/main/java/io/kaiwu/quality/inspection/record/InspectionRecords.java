package io.kaiwu.quality.inspection.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.masterdata.PartnerCatalog;
import io.kaiwu.quality.inspection.InspectionCompleted;
import io.kaiwu.quality.inspection.InspectionKind;
import io.kaiwu.quality.inspection.LotInspections;
import io.kaiwu.quality.inspection.plan.Characteristic;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.quality.inspection.plan.InspectionPlan;
import io.kaiwu.quality.inspection.plan.InspectionPlans;
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
 * Inspection records (检验记录), audited ({@code inspection-record}). Every stored subgroup
 * publishes {@link io.kaiwu.quality.inspection.SubgroupRecorded} and every verdict
 * {@link InspectionCompleted}, in the writing transaction, so the event publication
 * registry delivers them. Input is checked whole before anything is written: a refused
 * request stores nothing.
 */
@Service
public class InspectionRecords implements LotInspections {

	static final String AUDITED = "inspection-record";

	private final RecordRows records;

	private final SubgroupRows subgroups;

	private final InspectionPlans plans;

	private final PartnerCatalog partners;

	private final EquipmentCatalog equipment;

	private final ApplicationEventPublisher events;

	InspectionRecords(RecordRows records, SubgroupRows subgroups, InspectionPlans plans, PartnerCatalog partners,
			EquipmentCatalog equipment, ApplicationEventPublisher events) {
		this.records = records;
		this.subgroups = subgroups;
		this.plans = plans;
		this.partners = partners;
		this.equipment = equipment;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public InspectionRecord get(TenantId tenant, UUID id) {
		InspectionRecord r = this.records.find(tenant, id, false)
			.orElseThrow(() -> new KaiwuProblem.NotFound("inspection-record", id));
		return withSubgroups(r, this.subgroups.ofRecords(tenant, List.of(id)));
	}

	/**
	 * Records, newest first, with their subgroups.
	 * @param lotNumber {@literal null} for every lot
	 */
	@Transactional(readOnly = true)
	public Page<InspectionRecord> list(TenantId tenant, @Nullable UUID planId, @Nullable UUID itemId,
			@Nullable String lotNumber, @Nullable RecordStatus status, PageQuery page) {
		RecordRows.Filter filter = new RecordRows.Filter(planId, itemId, lotNumber, status);
		List<InspectionRecord> found = this.records.page(tenant, filter, page);
		List<Subgroup> all = this.subgroups.ofRecords(tenant, found.stream().map(InspectionRecord::id).toList());
		List<InspectionRecord> full = found.stream()
			.map((r) -> withSubgroups(r, all.stream().filter((s) -> r.id().equals(s.recordId())).toList()))
			.toList();
		return Page.of(full, this.records.count(tenant, filter), page);
	}

	/**
	 * A characteristic's subgroups (by hand and from telemetry) in {@code [from, to)}.
	 */
	@Transactional(readOnly = true)
	public Page<Subgroup> subgroupsOf(TenantId tenant, UUID characteristicId, Instant from, Instant to,
			PageQuery page) {
		if (this.plans.characteristic(tenant, characteristicId).isEmpty()) {
			throw new KaiwuProblem.NotFound("characteristic", characteristicId);
		}
		return Page.of(this.subgroups.ofCharacteristic(tenant, characteristicId, from, to, page),
				this.subgroups.countOfCharacteristic(tenant, characteristicId, from, to), page);
	}

	@Override
	@Transactional(readOnly = true)
	public List<InspectionCompleted> of(TenantId tenant, UUID itemId, String lotNumber) {
		return this.records.completedOfLot(tenant, itemId, lotNumber)
			.stream()
			.flatMap((r) -> r.completed().stream())
			.toList();
	}

	/** Opens a record on an active plan, with the subgroups taken at once. */
	@Transactional
	public InspectionRecord open(TenantId tenant, RecordDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		InspectionPlan plan = null;
		if (draft.planId() == null) {
			errors.add(new FieldError("planId", "problem.field.required"));
		}
		else {
			plan = this.plans.find(tenant, draft.planId()).orElse(null);
			if (plan == null) {
				errors.add(new FieldError("planId", "quality.inspection.problem.unknown-plan", draft.planId()));
			}
			else if (!plan.active()) {
				errors.add(new FieldError("planId", "quality.inspection.problem.plan-paused", plan.name()));
			}
		}
		String lot = FieldChecks.optional(draft.lotNumber(), "lotNumber", 100, errors);
		String operator = FieldChecks.optional(draft.operator(), "operator", 100, errors);
		if (draft.equipmentId() != null && this.equipment.equipment(tenant, draft.equipmentId()).isEmpty()) {
			errors.add(
					new FieldError("equipmentId", "quality.inspection.problem.unknown-equipment", draft.equipmentId()));
		}
		if (plan != null) {
			checkSupplier(tenant, plan.kind(), draft.supplierId(), errors);
			if (plan.kind() == InspectionKind.RECEIVING && lot == null
					&& errors.stream().noneMatch((e) -> e.field().equals("lotNumber"))) {
				errors.add(new FieldError("lotNumber", "quality.inspection.problem.lot-for-receiving"));
			}
		}
		Instant now = RecordRows.now();
		List<SubgroupDraft> drafts = (draft.subgroups() != null) ? draft.subgroups() : List.of();
		List<Taken> taken = (plan != null) ? check(plan, drafts, "subgroups[", now, errors) : List.of();
		if (!errors.isEmpty() || plan == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		InspectionRecord r = new InspectionRecord(UUID.randomUUID(), tenant, plan.id(), plan.itemId(), plan.kind(),
				plan.operation(), lot, draft.supplierId(), (operator != null) ? operator : CurrentPrincipal.actorName(),
				draft.equipmentId(), RecordStatus.OPEN, null, null, null, now, null, null, List.of());
		this.records.insert(r);
		this.events.publishEvent(ChangeRecorded.created(tenant, AUDITED, r.id(), snapshot(r)));
		taken.forEach((t) -> store(r, t, now));
		return get(tenant, r.id());
	}

	/** Adds one subgroup to an open record. */
	@Transactional
	public Subgroup addSubgroup(TenantId tenant, UUID recordId, SubgroupDraft draft) {
		InspectionRecord r = this.records.find(tenant, recordId, true)
			.orElseThrow(() -> new KaiwuProblem.NotFound("inspection-record", recordId));
		if (!r.open()) {
			throw new KaiwuProblem.Conflict("quality.inspection.problem.record-completed", r.status().name());
		}
		InspectionPlan plan = this.plans.get(tenant, r.planId());
		List<FieldError> errors = new ArrayList<>();
		Instant now = RecordRows.now();
		List<Taken> taken = check(plan, List.of(draft), null, now, errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return store(r, taken.get(0), now);
	}

	/**
	 * Completes an open record with the lot verdict; publishes
	 * {@link InspectionCompleted}.
	 */
	@Transactional
	public InspectionRecord complete(TenantId tenant, UUID recordId, VerdictDraft draft) {
		InspectionRecord r = this.records.find(tenant, recordId, true)
			.orElseThrow(() -> new KaiwuProblem.NotFound("inspection-record", recordId));
		if (!r.open()) {
			throw new KaiwuProblem.Conflict("quality.inspection.problem.record-completed", r.status().name());
		}
		List<Subgroup> taken = this.subgroups.ofRecords(tenant, List.of(recordId));
		List<FieldError> errors = new ArrayList<>();
		Verdict verdict = FieldChecks.choice(Verdict.class, draft.verdict(), "verdict", errors);
		String note = FieldChecks.optional(draft.note(), "note", 2000, errors);
		int sampleSize = (draft.sampleSize() != null) ? draft.sampleSize() : unitsSeen(taken);
		int rejected = (draft.rejected() != null) ? draft.rejected() : unitsRejected(taken);
		if (taken.isEmpty()) {
			errors.add(new FieldError("verdict", "quality.inspection.problem.verdict-without-subgroups"));
		}
		else if (sampleSize < 1) {
			errors.add(new FieldError("sampleSize", "quality.inspection.problem.inspected", sampleSize));
		}
		else if (rejected < 0 || rejected > sampleSize) {
			errors.add(new FieldError("rejected", "quality.inspection.problem.nonconforming", rejected, sampleSize));
		}
		if (!errors.isEmpty() || verdict == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		InspectionRecord done = new InspectionRecord(r.id(), tenant, r.planId(), r.itemId(), r.kind(), r.operation(),
				r.lotNumber(), r.supplierId(), r.operator(), r.equipmentId(),
				(verdict == Verdict.ACCEPT) ? RecordStatus.ACCEPTED : RecordStatus.REJECTED, sampleSize, rejected, note,
				r.startedAt(), RecordRows.now(), CurrentPrincipal.actorName(), List.of());
		this.records.complete(done);
		this.events.publishEvent(ChangeRecorded.updated(tenant, AUDITED, r.id(), snapshot(r), snapshot(done)));
		done.completed().ifPresent(this.events::publishEvent);
		return get(tenant, recordId);
	}

	/**
	 * Stores a subgroup grouped from telemetry, in the caller's transaction, and
	 * publishes it; a subgroup already stored (same id) is not stored or published again.
	 * @return whether it was new
	 */
	@Transactional
	public boolean recordFromTelemetry(TenantId tenant, Characteristic c, UUID subgroupId, UUID deviceId,
			Instant takenAt, List<Double> values) {
		int outOfSpec = (int) values.stream().filter((v) -> !c.limits().conforms(v)).count();
		Subgroup s = new Subgroup(subgroupId, tenant, c.id(), null, SubgroupSource.TELEMETRY, deviceId, takenAt, values,
				values.size(), outOfSpec, 0, Map.of(), outOfSpec, RecordRows.now());
		if (!this.subgroups.insert(s)) {
			return false;
		}
		this.events.publishEvent(s.recorded());
		return true;
	}

	/** A checked subgroup of one of the plan's characteristics. */
	private record Taken(Characteristic characteristic, SubgroupChecks.Checked checked) {
	}

	/**
	 * Checks subgroup drafts against the plan; {@code list} names the list field (e.g.
	 * {@code subgroups[}) or is {@literal null} for a single subgroup.
	 */
	private static List<Taken> check(InspectionPlan plan, List<SubgroupDraft> drafts, @Nullable String list,
			Instant now, List<FieldError> errors) {
		List<Taken> taken = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			String at = (list != null) ? list + i + "]." : "";
			SubgroupDraft d = drafts.get(i);
			if (d.characteristicId() == null) {
				errors.add(new FieldError(at + "characteristicId", "problem.field.required"));
				continue;
			}
			Optional<Characteristic> c = plan.characteristic(d.characteristicId());
			if (c.isEmpty()) {
				errors.add(new FieldError(at + "characteristicId", "quality.inspection.problem.unknown-characteristic",
						d.characteristicId(), plan.name()));
				continue;
			}
			SubgroupChecks.Checked checked = SubgroupChecks.check(c.get(), d, at, now, errors);
			if (checked != null) {
				taken.add(new Taken(c.get(), checked));
			}
		}
		return taken;
	}

	private Subgroup store(InspectionRecord r, Taken t, Instant now) {
		SubgroupChecks.Checked c = t.checked();
		Subgroup s = new Subgroup(UUID.randomUUID(), r.tenant(), t.characteristic().id(), r.id(), SubgroupSource.MANUAL,
				null, c.takenAt(), c.values(), c.inspected(), c.nonconforming(), c.defects(), c.defectCounts(),
				c.outOfSpec(), now);
		this.subgroups.insert(s);
		this.events.publishEvent(s.recorded());
		return s;
	}

	private void checkSupplier(TenantId tenant, InspectionKind kind, @Nullable UUID supplierId,
			List<FieldError> errors) {
		if (kind != InspectionKind.RECEIVING) {
			if (supplierId != null) {
				errors.add(new FieldError("supplierId", "quality.inspection.problem.supplier-not-receiving"));
			}
			return;
		}
		if (supplierId == null) {
			errors.add(new FieldError("supplierId", "quality.inspection.problem.supplier-for-receiving"));
			return;
		}
		Optional<PartnerCatalog.PartnerSummary> partner = this.partners.partner(tenant, supplierId);
		if (partner.isEmpty()) {
			errors.add(new FieldError("supplierId", "quality.inspection.problem.unknown-partner", supplierId));
		}
		else if (!partner.get().supplier()) {
			errors.add(new FieldError("supplierId", "quality.inspection.problem.not-a-supplier", partner.get().name()));
		}
	}

	/**
	 * Units inspected: the most any one characteristic saw (each sees the same sample).
	 */
	static int unitsSeen(List<Subgroup> taken) {
		Map<UUID, Integer> byCharacteristic = new LinkedHashMap<>();
		taken.forEach((s) -> byCharacteristic.merge(s.characteristicId(), s.inspected(), Integer::sum));
		return byCharacteristic.values().stream().mapToInt(Integer::intValue).max().orElse(0);
	}

	/**
	 * Units rejected: the most any one characteristic found out of spec or nonconforming.
	 */
	static int unitsRejected(List<Subgroup> taken) {
		Map<UUID, Integer> byCharacteristic = new LinkedHashMap<>();
		taken.forEach((s) -> byCharacteristic.merge(s.characteristicId(), s.nonconforming(), Integer::sum));
		return byCharacteristic.values().stream().mapToInt(Integer::intValue).max().orElse(0);
	}

	private static InspectionRecord withSubgroups(InspectionRecord r, List<Subgroup> subgroups) {
		return new InspectionRecord(r.id(), r.tenant(), r.planId(), r.itemId(), r.kind(), r.operation(), r.lotNumber(),
				r.supplierId(), r.operator(), r.equipmentId(), r.status(), r.sampleSize(), r.rejected(),
				r.verdictNote(), r.startedAt(), r.completedAt(), r.completedBy(), subgroups);
	}

	private static Map<String, Object> snapshot(InspectionRecord r) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("planId", r.planId().toString());
		audit.put("lotNumber", String.valueOf(r.lotNumber()));
		audit.put("supplierId", String.valueOf(r.supplierId()));
		audit.put("operator", String.valueOf(r.operator()));
		audit.put("status", r.status().name());
		audit.put("sampleSize", String.valueOf(r.sampleSize()));
		audit.put("rejected", String.valueOf(r.rejected()));
		audit.put("note", String.valueOf(r.verdictNote()));
		return audit;
	}

}
