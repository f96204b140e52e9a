package io.kaiwu.quality.inspection.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.masterdata.PartnerCatalog;
import io.kaiwu.quality.inspection.plan.Characteristic;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.quality.inspection.plan.InspectionPlan;
import io.kaiwu.quality.inspection.plan.InspectionPlans;
import io.kaiwu.quality.inspection.record.InspectionRecord;
import io.kaiwu.quality.inspection.record.InspectionRecords;
import io.kaiwu.quality.inspection.record.RecordDraft;
import io.kaiwu.quality.inspection.record.SubgroupDraft;
import io.kaiwu.quality.inspection.record.VerdictDraft;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inspector's pages, made for a tablet: the active plans and recent records, the
 * entry page of a plan (big inputs with the decimal keyboard, spec limits beside them,
 * out-of-tolerance values flagged as they are typed), and a record's page with its
 * subgroups and the lot verdict.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class InspectionEntryPagesController {

	private final InspectionPlans plans;

	private final InspectionRecords records;

	private final ItemCatalog items;

	private final PartnerCatalog partners;

	private final EquipmentCatalog equipment;

	private final ProblemDetails problems;

	InspectionEntryPagesController(InspectionPlans plans, InspectionRecords records, ItemCatalog items,
			PartnerCatalog partners, EquipmentCatalog equipment, ProblemDetails problems) {
		this.plans = plans;
		this.records = records;
		this.items = items;
		this.partners = partners;
		this.equipment = equipment;
		this.problems = problems;
	}

	@GetMapping("/quality/inspection")
	String home(Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		List<InspectionPlan> active = this.plans.list(tenant, null, null, PageQuery.of(0, 200))
			.items()
			.stream()
			.filter(InspectionPlan::active)
			.toList();
		List<InspectionRecord> recent = this.records.list(tenant, null, null, null, null, PageQuery.of(0, 30)).items();
		model.addAttribute("plans", active);
		model.addAttribute("records", recent);
		model.addAttribute("planNames", planNames(tenant, recent, active));
		model.addAttribute("items", itemNames(tenant, active.stream().map(InspectionPlan::itemId).toList()));
		return "quality/inspection/home";
	}

	@GetMapping("/quality/inspection/plans/{id}/entry")
	@PreAuthorize("hasRole('OPERATOR')")
	String entry(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID record, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		InspectionPlan plan = this.plans.get(tenant, id);
		model.addAttribute("plan", plan);
		model.addAttribute("item", itemNames(tenant, List.of(plan.itemId())).get(plan.itemId()));
		model.addAttribute("record", (record != null) ? this.records.get(tenant, record) : null);
		model.addAttribute("machines", this.equipment.all(tenant));
		model.addAttribute("entered", Map.of());
		model.addAttribute("errors", List.of());
		return "quality/inspection/entry";
	}

	@PostMapping("/quality/inspection/plans/{id}/entry")
	@PreAuthorize("hasRole('OPERATOR')")
	String enter(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		InspectionPlan plan = this.plans.get(tenant, id);
		UUID recordId = uuid(params.getFirst("record"));
		try {
			List<SubgroupDraft> subgroups = subgroups(plan, params);
			if (recordId != null) {
				if (subgroups.isEmpty()) {
					throw new KaiwuProblem.InvalidInput("subgroups", "quality.inspection.page.nothing-entered");
				}
				for (SubgroupDraft s : subgroups) {
					this.records.addSubgroup(tenant, recordId, s);
				}
				return "redirect:/quality/inspection/records/" + recordId;
			}
			InspectionRecord opened = this.records.open(tenant,
					new RecordDraft(plan.id(), params.getFirst("lotNumber"),
							supplier(tenant, params.getFirst("supplierCode")), params.getFirst("operator"),
							uuid(params.getFirst("equipmentId")), subgroups));
			return "redirect:/quality/inspection/records/" + opened.id();
		}
		catch (KaiwuProblem ex) {
			entry(id, recordId, model);
			model.addAttribute("errors", this.problems.lines(ex));
			model.addAttribute("entered", params.toSingleValueMap());
			return "quality/inspection/entry";
		}
	}

	@GetMapping("/quality/inspection/records/{id}")
	String record(@PathVariable UUID id, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		InspectionRecord record = this.records.get(tenant, id);
		InspectionPlan plan = this.plans.get(tenant, record.planId());
		model.addAttribute("record", record);
		model.addAttribute("plan", plan);
		model.addAttribute("item", itemNames(tenant, List.of(record.itemId())).get(record.itemId()));
		model.addAttribute("supplier", (record.supplierId() != null)
				? this.partners.partner(tenant, record.supplierId()).map((p) -> p.code() + " " + p.name()).orElse("")
				: "");
		model.addAttribute("errors", List.of());
		return "quality/inspection/record";
	}

	@PostMapping("/quality/inspection/records/{id}/verdict")
	@PreAuthorize("hasRole('OPERATOR')")
	String verdict(@PathVariable UUID id, @RequestParam(required = false) @Nullable String verdict,
			@RequestParam(required = false) @Nullable String note, Model model) {
		try {
			this.records.complete(CurrentPrincipal.get().requireTenant(), id,
					new VerdictDraft(verdict, null, null, note));
			return "redirect:/quality/inspection/records/" + id;
		}
		catch (KaiwuProblem ex) {
			record(id, model);
			model.addAttribute("errors", this.problems.lines(ex));
			return "quality/inspection/record";
		}
	}

	/**
	 * The subgroups entered: for a variable characteristic its values ({@code v.<id>},
	 * one field per unit), for an attribute one its counts ({@code inspected.<id>},
	 * {@code nonconforming.<id>}, {@code d.<id>.<type>}); characteristics left empty are
	 * skipped.
	 */
	static List<SubgroupDraft> subgroups(InspectionPlan plan, MultiValueMap<String, String> params) {
		List<SubgroupDraft> drafts = new ArrayList<>();
		for (Characteristic c : plan.characteristics()) {
			if (c.variable()) {
				// a unit left empty is not measured: too few values are refused as such
				List<@Nullable Object> values = new ArrayList<>();
				for (int i = 0; i < c.sampleSize(); i++) {
					String v = params.getFirst("v." + c.id() + "." + i);
					if (!FieldChecks.blank(v)) {
						values.add(v.strip().replace('，', '.'));
					}
				}
				if (values.isEmpty()) {
					continue;
				}
				drafts.add(new SubgroupDraft(c.id(), values, null, null, null, null));
			}
			else {
				String nonconforming = params.getFirst("nonconforming." + c.id());
				Map<String, Integer> defects = new LinkedHashMap<>();
				for (String type : c.defectTypes()) {
					Integer count = whole(params.getFirst("d." + c.id() + "." + type), "defects." + type);
					if (count != null && count > 0) {
						defects.put(type, count);
					}
				}
				if (FieldChecks.blank(nonconforming) && defects.isEmpty()) {
					continue;
				}
				drafts.add(new SubgroupDraft(c.id(), null, whole(params.getFirst("inspected." + c.id()), "inspected"),
						FieldChecks.blank(nonconforming) ? Integer.valueOf(0) : whole(nonconforming, "nonconforming"),
						defects, null));
			}
		}
		return drafts;
	}

	private @Nullable UUID supplier(TenantId tenant, @Nullable String code) {
		if (FieldChecks.blank(code)) {
			return null;
		}
		return this.partners.byCode(tenant, code.strip())
			.map(PartnerCatalog.PartnerSummary::id)
			.orElseThrow(() -> new KaiwuProblem.InvalidInput("supplierCode",
					"quality.inspection.problem.unknown-partner", code));
	}

	private static @Nullable Integer whole(@Nullable String raw, String field) {
		if (FieldChecks.blank(raw)) {
			return null;
		}
		try {
			return Integer.valueOf(raw.strip());
		}
		catch (NumberFormatException ex) {
			throw new KaiwuProblem.InvalidInput(field, "quality.inspection.page.not-a-whole-number", raw);
		}
	}

	private static @Nullable UUID uuid(@Nullable String raw) {
		try {
			return FieldChecks.blank(raw) ? null : UUID.fromString(raw.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private Map<UUID, String> itemNames(TenantId tenant, List<UUID> ids) {
		Map<UUID, String> names = new LinkedHashMap<>();
		for (UUID id : ids) {
			names.computeIfAbsent(id,
					(i) -> this.items.item(tenant, i).map((s) -> s.code() + " " + s.name()).orElse(i.toString()));
		}
		return names;
	}

	private Map<UUID, String> planNames(TenantId tenant, List<InspectionRecord> recent, List<InspectionPlan> known) {
		Map<UUID, String> names = new LinkedHashMap<>();
		known.forEach((p) -> names.put(p.id(), p.name()));
		for (InspectionRecord r : recent) {
			names.computeIfAbsent(r.planId(), (id) -> this.plans.find(tenant, id).map(InspectionPlan::name).orElse(""));
		}
		return names;
	}

}
