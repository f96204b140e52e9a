package io.kaiwu.ehs.emergency.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaiwu.ehs.emergency.Drill;
import io.kaiwu.ehs.emergency.DrillDraft;
import io.kaiwu.ehs.emergency.EmergencyPlan;
import io.kaiwu.ehs.emergency.ManagingEmergency;
import io.kaiwu.ehs.emergency.PlanDraft;
import io.kaiwu.ehs.emergency.PlanDue;
import io.kaiwu.ehs.emergency.PlanKind;
import io.kaiwu.ehs.emergency.TrackedPlan;
import io.kaiwu.ehs.inspection.Finding;
import io.kaiwu.ehs.inspection.ManagingInspections;
import io.kaiwu.shared.CsvTable;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.TenantId;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Emergency plans (each with what it is due for) and drills over REST, each table also as
 * CSV. Engineers write plans; operators record drills.
 */
@RestController
@RequestMapping("/api/v1/ehs")
@PreAuthorize("hasRole('VIEWER')")
class EmergencyApiController {

	private final ManagingEmergency emergency;

	private final ManagingInspections inspections;

	EmergencyApiController(ManagingEmergency emergency, ManagingInspections inspections) {
		this.emergency = emergency;
		this.inspections = inspections;
	}

	@GetMapping("/emergency-plans")
	List<PlanView> plans() {
		return this.emergency.plans(tenant()).stream().map(PlanView::of).toList();
	}

	@PostMapping("/emergency-plans")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	PlanView create(@RequestBody PlanDraft draft) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		UUID id = this.emergency.create(tenant, me.username(), draft).id();
		return this.emergency.plans(tenant)
			.stream()
			.filter((p) -> p.plan().id().equals(id))
			.map(PlanView::of)
			.findFirst()
			.orElseThrow();
	}

	@GetMapping("/emergency-plans/export.csv")
	void exportPlans(HttpServletResponse response) throws IOException {
		CsvTable table = CsvTable.of("code", "name", "siteId", "kind", "hazardSourceIds", "responseLevels", "contacts",
				"reviewDue", "reviewSoon", "reviewOverdue", "lastDrill", "drillDue", "drillOverdue");
		for (TrackedPlan t : this.emergency.plans(tenant())) {
			EmergencyPlan p = t.plan();
			PlanDue due = t.due();
			table.row(p.code(), p.name(), p.siteId(), p.kind(),
					p.sourceIds().stream().map(UUID::toString).collect(Collectors.joining(" ")),
					String.join("; ", p.responseLevels()), String.join("; ", p.contacts()), due.reviewDue(),
					due.reviewSoon(), due.reviewOverdue(), due.lastDrill(), due.drillDue(), due.drillOverdue());
		}
		table.writeTo(response, "ehs-emergency-plans");
	}

	/** Drills, newest first; of one plan with {@code planId}. */
	@GetMapping("/drills")
	List<DrillView> drills(@RequestParam(required = false) @Nullable UUID planId) {
		TenantId tenant = tenant();
		return drillsOf(tenant, planId).stream()
			.map((d) -> DrillView.of(d, this.inspections.ofDrill(tenant, d.id())))
			.toList();
	}

	@PostMapping("/drills")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('OPERATOR')")
	DrillView create(@RequestBody DrillDraft draft) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		Drill drill = this.emergency.create(tenant, me.username(), draft);
		return DrillView.of(drill, this.inspections.ofDrill(tenant, drill.id()));
	}

	@GetMapping("/drills/export.csv")
	void exportDrills(@RequestParam(required = false) @Nullable UUID planId, HttpServletResponse response)
			throws IOException {
		TenantId tenant = tenant();
		Map<UUID, EmergencyPlan> plans = this.emergency.plans(tenant)
			.stream()
			.map(TrackedPlan::plan)
			.collect(Collectors.toMap(EmergencyPlan::id, Function.identity()));
		CsvTable table = CsvTable.of("id", "plan", "drilledOn", "scenario", "participants", "durationMinutes",
				"evaluation", "findings", "recordedBy");
		for (Drill d : drillsOf(tenant, planId)) {
			table.row(d.id(), plans.get(d.planId()).code(), d.drilledOn(), d.scenario(), d.participants(),
					d.durationMinutes(), d.evaluation(), this.inspections.ofDrill(tenant, d.id()).size(),
					d.createdBy());
		}
		table.writeTo(response, "ehs-drills");
	}

	private List<Drill> drillsOf(TenantId tenant, @Nullable UUID planId) {
		return this.emergency.drills(tenant)
			.stream()
			.filter((d) -> planId == null || d.planId().equals(planId))
			.toList();
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

	record PlanView(UUID id, String code, String name, UUID siteId, PlanKind kind, List<UUID> hazardSourceIds,
			List<String> responseLevels, List<String> contacts, LocalDate reviewDue, boolean reviewSoon,
			boolean reviewOverdue, @Nullable LocalDate lastDrill, LocalDate drillDue, boolean drillOverdue,
			String createdBy, OffsetDateTime createdAt) {

		static PlanView of(TrackedPlan t) {
			EmergencyPlan p = t.plan();
			PlanDue d = t.due();
			return new PlanView(p.id(), p.code(), p.name(), p.siteId(), p.kind(), p.sourceIds(), p.responseLevels(),
					p.contacts(), d.reviewDue(), d.reviewSoon(), d.reviewOverdue(), d.lastDrill(), d.drillDue(),
					d.drillOverdue(), p.createdBy(), p.createdAt().atOffset(ZoneOffset.UTC));
		}

	}

	record DrillView(UUID id, UUID planId, LocalDate drilledOn, String scenario, int participants, int durationMinutes,
			String evaluation, List<UUID> findingIds, String createdBy, OffsetDateTime createdAt) {

		static DrillView of(Drill d, List<Finding> findings) {
			return new DrillView(d.id(), d.planId(), d.drilledOn(), d.scenario(), d.participants(), d.durationMinutes(),
					d.evaluation(), findings.stream().map(Finding::id).toList(), d.createdBy(),
					d.createdAt().atOffset(ZoneOffset.UTC));
		}

	}

}
