package io.kaiwu.ehs.inspection.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaiwu.ehs.inspection.Answer;
import io.kaiwu.ehs.inspection.Checklist;
import io.kaiwu.ehs.inspection.ChecklistDraft;
import io.kaiwu.ehs.inspection.ChecklistItem;
import io.kaiwu.ehs.inspection.Finding;
import io.kaiwu.ehs.inspection.FindingState;
import io.kaiwu.ehs.inspection.FindingStep;
import io.kaiwu.ehs.inspection.Inspection;
import io.kaiwu.ehs.inspection.InspectionDraft;
import io.kaiwu.ehs.inspection.ManagingInspections;
import io.kaiwu.ehs.inspection.Outcome;
import io.kaiwu.ehs.inspection.Severity;
import io.kaiwu.ehs.inspection.TrackedFinding;
import io.kaiwu.shared.CsvTable;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.TenantId;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checklists, inspections and findings over REST, each table also as CSV. Engineers write
 * checklists and verify or reject rectifications; operators run inspections and record
 * rectifications. A transition that does not fit the finding's state answers 409, the
 * rectifier verifying his own work 403.
 */
@RestController
@RequestMapping("/api/v1/ehs")
@PreAuthorize("hasRole('VIEWER')")
class InspectionApiController {

	private final ManagingInspections inspections;

	InspectionApiController(ManagingInspections inspections) {
		this.inspections = inspections;
	}

	@GetMapping("/checklists")
	List<ChecklistView> checklists() {
		return this.inspections.checklists(tenant()).stream().map(ChecklistView::of).toList();
	}

	@PostMapping("/checklists")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	ChecklistView create(@RequestBody ChecklistDraft draft) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		return ChecklistView.of(this.inspections.create(me.requireTenant(), me.username(), draft));
	}

	/** One row per item. */
	@GetMapping("/checklists/export.csv")
	void exportChecklists(HttpServletResponse response) throws IOException {
		CsvTable table = CsvTable.of("checklist", "name", "siteId", "position", "category", "text", "legalBasis");
		for (Checklist c : this.inspections.checklists(tenant())) {
			for (ChecklistItem i : c.items()) {
				table.row(c.code(), c.name(), c.siteId(), i.position() + 1, i.category(), i.text(), i.legalBasis());
			}
		}
		table.writeTo(response, "ehs-checklists");
	}

	@GetMapping("/inspections")
	List<InspectionView> inspections() {
		return this.inspections.inspections(tenant()).stream().map(InspectionView::of).toList();
	}

	@GetMapping("/inspections/{id}")
	InspectionView inspection(@PathVariable UUID id) {
		return InspectionView.of(this.inspections.inspection(tenant(), id));
	}

	@PostMapping("/inspections")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('OPERATOR')")
	InspectionView create(@RequestBody InspectionDraft draft) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		return InspectionView.of(this.inspections.create(me.requireTenant(), me.username(), draft));
	}

	@GetMapping("/inspections/export.csv")
	void exportInspections(HttpServletResponse response) throws IOException {
		TenantId tenant = tenant();
		Map<UUID, Checklist> checklists = this.inspections.checklists(tenant)
			.stream()
			.collect(Collectors.toMap(Checklist::id, Function.identity()));
		CsvTable table = CsvTable.of("id", "inspectedOn", "checklist", "siteId", "hazardSourceId", "inspector", "ok",
				"findings", "notApplicable");
		for (Inspection n : this.inspections.inspections(tenant)) {
			table.row(n.id(), n.inspectedOn(), checklists.get(n.checklistId()).code(), n.siteId(), n.hazardSourceId(),
					n.inspector(), n.count(Outcome.OK), n.count(Outcome.FINDING), n.count(Outcome.NOT_APPLICABLE));
		}
		table.writeTo(response, "ehs-inspections");
	}

	/**
	 * Findings, nearest deadline first; only those in {@code state}, only the overdue
	 * ones with {@code overdue=true}.
	 */
	@GetMapping("/findings")
	List<FindingView> findings(@RequestParam(required = false) @Nullable FindingState state,
			@RequestParam(required = false) @Nullable Boolean overdue) {
		return filtered(state, overdue).stream().map((f) -> FindingView.of(f, List.of())).toList();
	}

	@GetMapping("/findings/export.csv")
	void exportFindings(@RequestParam(required = false) @Nullable FindingState state,
			@RequestParam(required = false) @Nullable Boolean overdue, HttpServletResponse response)
			throws IOException {
		CsvTable table = CsvTable.of("id", "severity", "description", "location", "siteId", "hazardSourceId",
				"inspectionId", "drillId", "foundOn", "foundBy", "responsible", "deadline", "state", "overdue",
				"measure", "rectifiedBy", "rectifiedAt", "verifiedBy", "verifiedAt");
		for (TrackedFinding t : filtered(state, overdue)) {
			Finding f = t.finding();
			table.row(f.id(), f.severity(), f.description(), f.location(), f.siteId(), f.hazardSourceId(),
					f.inspectionId(), f.drillId(), f.foundOn(), f.foundBy(), f.responsible(), f.deadline(), f.state(),
					t.overdue(), f.measure(), f.rectifiedBy(), utc(f.rectifiedAt()), f.verifiedBy(),
					utc(f.verifiedAt()));
		}
		table.writeTo(response, "ehs-findings");
	}

	@GetMapping("/findings/{id}")
	FindingView finding(@PathVariable UUID id) {
		TenantId tenant = tenant();
		return FindingView.of(this.inspections.finding(tenant, id), this.inspections.steps(tenant, id));
	}

	record MeasureBody(@Nullable String measure) {
	}

	record NoteBody(@Nullable String note) {
	}

	record ReasonBody(@Nullable String reason) {
	}

	@PostMapping("/findings/{id}/rectify")
	@PreAuthorize("hasRole('OPERATOR')")
	FindingView rectify(@PathVariable UUID id, @RequestBody MeasureBody body) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		this.inspections.rectify(me.requireTenant(), id, me.username(), body.measure());
		return finding(id);
	}

	@PostMapping("/findings/{id}/verify")
	@PreAuthorize("hasRole('ENGINEER')")
	FindingView verify(@PathVariable UUID id, @RequestBody(required = false) @Nullable NoteBody body) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		this.inspections.verify(me.requireTenant(), id, me.username(), (body != null) ? body.note() : null);
		return finding(id);
	}

	@PostMapping("/findings/{id}/reject")
	@PreAuthorize("hasRole('ENGINEER')")
	FindingView reject(@PathVariable UUID id, @RequestBody ReasonBody body) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		this.inspections.reject(me.requireTenant(), id, me.username(), body.reason());
		return finding(id);
	}

	private List<TrackedFinding> filtered(@Nullable FindingState state, @Nullable Boolean overdue) {
		return this.inspections.findings(tenant())
			.stream()
			.filter((t) -> state == null || t.finding().state() == state)
			.filter((t) -> overdue == null || t.overdue() == overdue)
			.toList();
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

	private static @Nullable OffsetDateTime utc(java.time.@Nullable Instant at) {
		return (at != null) ? at.atOffset(ZoneOffset.UTC) : null;
	}

	record ItemView(UUID id, int position, String text, String category, @Nullable String legalBasis) {
	}

	record ChecklistView(UUID id, String code, String name, UUID siteId, List<ItemView> items, String createdBy,
			OffsetDateTime createdAt) {

		static ChecklistView of(Checklist c) {
			return new ChecklistView(c.id(), c.code(), c.name(), c.siteId(),
					c.items()
						.stream()
						.map((i) -> new ItemView(i.id(), i.position(), i.text(), i.category(), i.legalBasis()))
						.toList(),
					c.createdBy(), c.createdAt().atOffset(ZoneOffset.UTC));
		}

	}

	record InspectionView(UUID id, UUID checklistId, UUID siteId, @Nullable UUID hazardSourceId, LocalDate inspectedOn,
			String inspector, List<Answer> answers, long findings, String createdBy, OffsetDateTime createdAt) {

		static InspectionView of(Inspection n) {
			return new InspectionView(n.id(), n.checklistId(), n.siteId(), n.hazardSourceId(), n.inspectedOn(),
					n.inspector(), n.answers(), n.count(Outcome.FINDING), n.createdBy(),
					n.createdAt().atOffset(ZoneOffset.UTC));
		}

	}

	record StepView(String action, String actor, OffsetDateTime at, @Nullable String note) {
	}

	record FindingView(UUID id, Severity severity, String description, @Nullable String location, UUID siteId,
			@Nullable UUID hazardSourceId, @Nullable UUID inspectionId, @Nullable UUID itemId, @Nullable UUID drillId,
			LocalDate foundOn, String foundBy, String responsible, LocalDate deadline, FindingState state,
			boolean overdue, @Nullable String measure, @Nullable String rectifiedBy,
			@Nullable OffsetDateTime rectifiedAt, @Nullable String verifiedBy, @Nullable OffsetDateTime verifiedAt,
			@Nullable String verificationNote, List<StepView> steps) {

		static FindingView of(TrackedFinding t, List<FindingStep> steps) {
			Finding f = t.finding();
			return new FindingView(f.id(), f.severity(), f.description(), f.location(), f.siteId(), f.hazardSourceId(),
					f.inspectionId(), f.itemId(), f.drillId(), f.foundOn(), f.foundBy(), f.responsible(), f.deadline(),
					f.state(), t.overdue(), f.measure(), f.rectifiedBy(), utc(f.rectifiedAt()), f.verifiedBy(),
					utc(f.verifiedAt()), f.verificationNote(),
					steps.stream()
						.map((s) -> new StepView(s.action(), s.actor(), s.at().atOffset(ZoneOffset.UTC), s.note()))
						.toList());
		}

	}

}
