package io.kaiwu.ehs.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaiwu.ehs.inspection.ChecklistDraft.ItemDraft;
import io.kaiwu.ehs.inspection.InspectionDraft.AnswerDraft;
import io.kaiwu.ehs.site.HazardSource;
import io.kaiwu.ehs.site.ManagingEhsSites;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checklists, inspections and the findings loop. Everything wrong in a checklist or an
 * inspection is refused at once with its field; a transition that does not fit the
 * finding's state answers 409 saying what to do first, and the rectifier or the person
 * responsible verifying their own work answers 403. Audited ({@code ehs-checklist},
 * {@code ehs-inspection}, {@code ehs-finding}).
 */
@Service
public class ManagingInspections {

	private final SafetyInspectionRecords inspections;

	private final FindingRecords findings;

	private final SiteDays calendar;

	private final ManagingEhsSites sites;

	private final ApplicationEventPublisher events;

	ManagingInspections(SafetyInspectionRecords inspections, FindingRecords findings, SiteDays calendar,
			ManagingEhsSites sites, ApplicationEventPublisher events) {
		this.inspections = inspections;
		this.findings = findings;
		this.calendar = calendar;
		this.sites = sites;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<Checklist> checklists(TenantId tenant) {
		return this.inspections.checklists(tenant);
	}

	@Transactional(readOnly = true)
	public Checklist checklist(TenantId tenant, UUID id) {
		return this.inspections.checklist(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("checklist", id));
	}

	@Transactional
	public Checklist create(TenantId tenant, String by, ChecklistDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		String code = FieldChecks.required(draft.code(), "code", 64, errors);
		if (code != null && this.inspections.codeTaken(tenant, code)) {
			errors.add(new FieldError("code", "ehs.inspection.problem.code-taken", code));
		}
		String name = FieldChecks.required(draft.name(), "name", 200, errors);
		UUID site = this.calendar.site(tenant, draft.siteId(), "siteId", errors);
		List<ChecklistItem> items = new ArrayList<>();
		if (draft.items() == null || draft.items().isEmpty()) {
			errors.add(new FieldError("items", "ehs.inspection.problem.no-items"));
		}
		else {
			for (int i = 0; i < draft.items().size(); i++) {
				ItemDraft item = draft.items().get(i);
				String prefix = "items[" + i + "].";
				String text = FieldChecks.required(item.text(), prefix + "text", 500, errors);
				String category = FieldChecks.required(item.category(), prefix + "category", 100, errors);
				String basis = FieldChecks.optional(item.legalBasis(), prefix + "legalBasis", 200, errors);
				items.add(new ChecklistItem(UUID.randomUUID(), i, (text != null) ? text : "",
						(category != null) ? category : "", basis));
			}
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Checklist checklist = new Checklist(UUID.randomUUID(), code, name, site, items, by, now());
		this.inspections.insert(tenant, checklist);
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("code", code);
		audit.put("name", name);
		audit.put("siteId", site.toString());
		audit.put("items", items.size());
		this.events.publishEvent(ChangeRecorded.created(tenant, "ehs-checklist", checklist.id(), audit));
		return checklist;
	}

	@Transactional(readOnly = true)
	public List<Inspection> inspections(TenantId tenant) {
		return this.inspections.inspections(tenant);
	}

	@Transactional(readOnly = true)
	public Inspection inspection(TenantId tenant, UUID id) {
		return this.inspections.inspections(tenant)
			.stream()
			.filter((n) -> n.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new KaiwuProblem.NotFound("inspection", id));
	}

	/**
	 * Stores an inspection with every item answered, and a finding for each item answered
	 * {@code FINDING}.
	 */
	@Transactional
	public Inspection create(TenantId tenant, String by, InspectionDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		Checklist checklist = (draft.checklistId() != null)
				? this.inspections.checklist(tenant, draft.checklistId()).orElse(null) : null;
		if (checklist == null) {
			errors.add((draft.checklistId() == null) ? new FieldError("checklistId", "problem.field.required")
					: new FieldError("checklistId", "ehs.inspection.problem.unknown-checklist", draft.checklistId()));
			throw new KaiwuProblem.InvalidInput(errors);
		}
		UUID source = hazardSource(tenant, draft.hazardSourceId(), "hazardSourceId", errors);
		LocalDate day = Days.required(draft.inspectedOn(), "inspectedOn", errors);
		if (day != null && day.isAfter(this.calendar.today(tenant, checklist.siteId()))) {
			errors.add(new FieldError("inspectedOn", "ehs.inspection.problem.in-future", day));
		}
		String inspector = FieldChecks.optional(draft.inspector(), "inspector", 100, errors);
		UUID id = UUID.randomUUID();
		Map<UUID, ChecklistItem> items = checklist.items()
			.stream()
			.collect(Collectors.toMap(ChecklistItem::id, Function.identity()));
		List<Answer> answers = new ArrayList<>();
		List<Finding> raised = new ArrayList<>();
		Set<UUID> answered = new HashSet<>();
		List<AnswerDraft> drafts = (draft.answers() != null) ? draft.answers() : List.of();
		for (int i = 0; i < drafts.size(); i++) {
			AnswerDraft a = drafts.get(i);
			String prefix = "answers[" + i + "].";
			ChecklistItem item = (a.itemId() != null) ? items.get(a.itemId()) : null;
			if (item == null) {
				errors.add(new FieldError(prefix + "itemId", "ehs.inspection.problem.unknown-item", a.itemId(),
						checklist.code()));
				continue;
			}
			if (!answered.add(item.id())) {
				errors.add(new FieldError(prefix + "itemId", "ehs.inspection.problem.answered-twice", item.text()));
				continue;
			}
			Outcome outcome = FieldChecks.choice(Outcome.class, a.outcome(), prefix + "outcome", errors);
			String note = FieldChecks.optional(a.note(), prefix + "note", 1000, errors);
			if (outcome == Outcome.FINDING) {
				if (a.finding() == null) {
					errors
						.add(new FieldError(prefix + "finding", "ehs.inspection.problem.finding-missing", item.text()));
				}
				else if (day != null) {
					Finding f = check(a.finding(), new Origin(checklist.siteId(), source, id, item.id(), null), day,
							(inspector != null) ? inspector : by, prefix + "finding.", errors);
					if (f != null) {
						raised.add(f);
					}
				}
			}
			else if (outcome != null && a.finding() != null) {
				errors.add(new FieldError(prefix + "finding", "ehs.inspection.problem.finding-not-found", item.text()));
			}
			if (outcome != null) {
				answers.add(new Answer(item.id(), outcome, note));
			}
		}
		List<String> missing = checklist.items()
			.stream()
			.filter((item) -> !answered.contains(item.id()))
			.map(ChecklistItem::text)
			.toList();
		if (!missing.isEmpty()) {
			errors.add(new FieldError("answers", "ehs.inspection.problem.unanswered", missing.size(),
					String.join("；", missing)));
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Inspection inspection = new Inspection(id, checklist.id(), checklist.siteId(), source, day,
				(inspector != null) ? inspector : by, answers, by, now());
		this.inspections.insert(tenant, inspection);
		raised.forEach((f) -> raise(tenant, f));
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("checklist", checklist.code());
		audit.put("inspectedOn", day.toString());
		audit.put("inspector", inspection.inspector());
		audit.put("findings", raised.size());
		this.events.publishEvent(ChangeRecorded.created(tenant, "ehs-inspection", id, audit));
		return inspection;
	}

	/** Where a finding comes from. */
	public record Origin(UUID siteId, @Nullable UUID hazardSourceId, @Nullable UUID inspectionId, @Nullable UUID itemId,
			@Nullable UUID drillId) {
	}

	/**
	 * A finding as entered, checked: its faults are added to {@code errors} with
	 * {@code prefix} before each field; {@literal null} when it has any.
	 */
	public @Nullable Finding check(FindingDraft draft, Origin origin, LocalDate foundOn, String foundBy, String prefix,
			List<FieldError> errors) {
		List<FieldError> own = new ArrayList<>();
		Severity severity = FieldChecks.choice(Severity.class, draft.severity(), "severity", own);
		String description = FieldChecks.required(draft.description(), "description", 2000, own);
		String location = FieldChecks.optional(draft.location(), "location", 200, own);
		String responsible = FieldChecks.required(draft.responsible(), "responsible", 100, own);
		LocalDate deadline = Days.required(draft.deadline(), "deadline", own);
		if (deadline != null && deadline.isBefore(foundOn)) {
			own.add(new FieldError("deadline", "ehs.inspection.problem.deadline-before-found", deadline, foundOn));
		}
		own.forEach((e) -> errors.add(new FieldError(prefix + e.field(), e.messageKey(), e.args())));
		if (!own.isEmpty()) {
			return null;
		}
		return new Finding(UUID.randomUUID(), origin.siteId(), origin.hazardSourceId(), origin.inspectionId(),
				origin.itemId(), origin.drillId(), severity, description, location, foundOn, foundBy, responsible,
				deadline, FindingState.OPEN, null, null, null, null, null, null, now());
	}

	/** Stores a checked finding (see {@link #check}) as raised by who found it. */
	@Transactional
	public void raise(TenantId tenant, Finding finding) {
		this.findings.insert(tenant, finding);
		this.findings.step(finding.id(), new FindingStep("RAISED", finding.foundBy(), finding.createdAt(), null));
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("severity", finding.severity().name());
		audit.put("description", finding.description());
		audit.put("responsible", finding.responsible());
		audit.put("deadline", finding.deadline().toString());
		this.events.publishEvent(ChangeRecorded.created(tenant, "ehs-finding", finding.id(), audit));
	}

	/** The tenant's findings, nearest deadline first, each with whether it is overdue. */
	@Transactional(readOnly = true)
	public List<TrackedFinding> findings(TenantId tenant) {
		Map<UUID, LocalDate> today = new HashMap<>();
		return this.findings.all(tenant)
			.stream()
			.map((f) -> new TrackedFinding(f,
					f.overdue(today.computeIfAbsent(f.siteId(), (s) -> this.calendar.today(tenant, s)))))
			.toList();
	}

	@Transactional(readOnly = true)
	public TrackedFinding finding(TenantId tenant, UUID id) {
		Finding f = get(tenant, id);
		return new TrackedFinding(f, f.overdue(this.calendar.today(tenant, f.siteId())));
	}

	@Transactional(readOnly = true)
	public List<FindingStep> steps(TenantId tenant, UUID id) {
		return this.findings.steps(get(tenant, id).id());
	}

	/** The measure taken is recorded by {@code by}. */
	@Transactional
	public TrackedFinding rectify(TenantId tenant, UUID id, String by, @Nullable String measure) {
		String taken = text(measure, "measure");
		Finding before = get(tenant, id);
		return move(tenant, before, before.rectified(by, taken, now()), "RECTIFIED", by, taken);
	}

	/** Verified and closed by {@code by}, someone other than the rectifier. */
	@Transactional
	public TrackedFinding verify(TenantId tenant, UUID id, String by, @Nullable String note) {
		List<FieldError> errors = new ArrayList<>();
		String checked = FieldChecks.optional(note, "note", 2000, errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Finding before = get(tenant, id);
		return move(tenant, before, before.verified(by, checked, now()), "VERIFIED", by, checked);
	}

	/** The rectification is rejected by {@code by} with the reason: open again. */
	@Transactional
	public TrackedFinding reject(TenantId tenant, UUID id, String by, @Nullable String reason) {
		String why = text(reason, "reason");
		Finding before = get(tenant, id);
		return move(tenant, before, before.rejected(by), "REJECTED", by, why);
	}

	/** Findings raised by one drill. */
	@Transactional(readOnly = true)
	public List<Finding> ofDrill(TenantId tenant, UUID drillId) {
		return this.findings.all(tenant).stream().filter((f) -> drillId.equals(f.drillId())).toList();
	}

	private TrackedFinding move(TenantId tenant, Finding before, Finding after, String action, String by,
			@Nullable String note) {
		if (!this.findings.update(tenant, before.state(), after)) {
			throw new KaiwuProblem.Conflict("ehs.inspection.problem.moved");
		}
		this.findings.step(after.id(), new FindingStep(action, by, now(), note));
		this.events.publishEvent(ChangeRecorded.updated(tenant, "ehs-finding", after.id(),
				Map.of("state", before.state().name()), Map.of("state", after.state().name(), "action", action)));
		return new TrackedFinding(after, after.overdue(this.calendar.today(tenant, after.siteId())));
	}

	private Finding get(TenantId tenant, UUID id) {
		return this.findings.find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("finding", id));
	}

	private @Nullable UUID hazardSource(TenantId tenant, @Nullable UUID id, String field, List<FieldError> errors) {
		if (id == null) {
			return null;
		}
		if (this.sites.sources(tenant).stream().map(HazardSource::id).noneMatch(id::equals)) {
			errors.add(new FieldError(field, "ehs.inspection.problem.unknown-source", id));
			return null;
		}
		return id;
	}

	private static String text(@Nullable String value, String field) {
		List<FieldError> errors = new ArrayList<>();
		String text = FieldChecks.required(value, field, 2000, errors);
		if (text == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return text;
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
