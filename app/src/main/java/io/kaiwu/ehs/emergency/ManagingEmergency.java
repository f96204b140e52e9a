package io.kaiwu.ehs.emergency;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.ehs.inspection.Days;
import io.kaiwu.ehs.inspection.Finding;
import io.kaiwu.ehs.inspection.FindingDraft;
import io.kaiwu.ehs.inspection.ManagingInspections;
import io.kaiwu.ehs.inspection.ManagingInspections.Origin;
import io.kaiwu.ehs.inspection.SiteDays;
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
 * Emergency plans and their drills. A plan names its site, kind and the hazardous sources
 * it covers (a special plan or an on-site plan at least one), its response levels,
 * contacts and review date. A drill's findings become findings of the inspection loop on
 * the plan's site. Everything wrong is refused at once with its field. Audited
 * ({@code ehs-emergency-plan}, {@code ehs-drill}).
 */
@Service
public class ManagingEmergency {

	private final EmergencyRecords records;

	private final SiteDays calendar;

	private final ManagingEhsSites sites;

	private final ManagingInspections inspections;

	private final ApplicationEventPublisher events;

	ManagingEmergency(EmergencyRecords records, SiteDays calendar, ManagingEhsSites sites,
			ManagingInspections inspections, ApplicationEventPublisher events) {
		this.records = records;
		this.calendar = calendar;
		this.sites = sites;
		this.inspections = inspections;
		this.events = events;
	}

	/** The tenant's plans by code, each with what it is due for today. */
	@Transactional(readOnly = true)
	public List<TrackedPlan> plans(TenantId tenant) {
		Map<UUID, LocalDate> lastDrill = new HashMap<>();
		this.records.drills(tenant)
			.forEach((d) -> lastDrill.merge(d.planId(), d.drilledOn(), (a, b) -> a.isAfter(b) ? a : b));
		Map<UUID, LocalDate> today = new HashMap<>();
		return this.records.plans(tenant).stream().map((p) -> {
			LocalDate day = today.computeIfAbsent(p.siteId(), (s) -> this.calendar.today(tenant, s));
			LocalDate entered = p.createdAt().atZone(this.calendar.zone(tenant, p.siteId())).toLocalDate();
			return new TrackedPlan(p, PlanDue.of(p.kind(), p.reviewDue(), entered, lastDrill.get(p.id()), day));
		}).toList();
	}

	@Transactional
	public EmergencyPlan create(TenantId tenant, String by, PlanDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		String code = FieldChecks.required(draft.code(), "code", 64, errors);
		if (code != null && this.records.codeTaken(tenant, code)) {
			errors.add(new FieldError("code", "ehs.emergency.problem.code-taken", code));
		}
		String name = FieldChecks.required(draft.name(), "name", 200, errors);
		UUID site = this.calendar.site(tenant, draft.siteId(), "siteId", errors);
		PlanKind kind = FieldChecks.choice(PlanKind.class, draft.kind(), "kind", errors);
		Set<UUID> known = new LinkedHashSet<>(this.sites.sources(tenant).stream().map(HazardSource::id).toList());
		List<UUID> sources = new ArrayList<>();
		List<UUID> given = (draft.sourceIds() != null) ? draft.sourceIds() : List.of();
		for (int i = 0; i < given.size(); i++) {
			UUID source = given.get(i);
			if (source == null || !known.contains(source)) {
				errors.add(new FieldError("sourceIds[" + i + "]", "ehs.emergency.problem.unknown-source", source));
			}
			else if (!sources.contains(source)) {
				sources.add(source);
			}
		}
		if (kind != null && kind != PlanKind.COMPREHENSIVE && given.isEmpty()) {
			errors.add(new FieldError("sourceIds", "ehs.emergency.problem.no-sources"));
		}
		List<String> levels = lines(draft.responseLevels(), "responseLevels", errors);
		List<String> contacts = lines(draft.contacts(), "contacts", errors);
		LocalDate reviewDue = Days.required(draft.reviewDue(), "reviewDue", errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		EmergencyPlan plan = new EmergencyPlan(UUID.randomUUID(), code, name, site, kind, sources, levels, contacts,
				reviewDue, by, now());
		this.records.insert(tenant, plan);
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("code", code);
		audit.put("name", name);
		audit.put("kind", kind.name());
		audit.put("sources", sources.size());
		audit.put("reviewDue", reviewDue.toString());
		this.events.publishEvent(ChangeRecorded.created(tenant, "ehs-emergency-plan", plan.id(), audit));
		return plan;
	}

	/** The tenant's drills, newest first. */
	@Transactional(readOnly = true)
	public List<Drill> drills(TenantId tenant) {
		return this.records.drills(tenant);
	}

	/** Records a drill and raises its findings on the plan's site. */
	@Transactional
	public Drill create(TenantId tenant, String by, DrillDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		EmergencyPlan plan = (draft.planId() == null) ? null
				: this.records.plans(tenant)
					.stream()
					.filter((p) -> p.id().equals(draft.planId()))
					.findFirst()
					.orElse(null);
		if (plan == null) {
			errors.add((draft.planId() == null) ? new FieldError("planId", "problem.field.required")
					: new FieldError("planId", "ehs.emergency.problem.unknown-plan", draft.planId()));
			throw new KaiwuProblem.InvalidInput(errors);
		}
		LocalDate day = Days.required(draft.drilledOn(), "drilledOn", errors);
		if (day != null && day.isAfter(this.calendar.today(tenant, plan.siteId()))) {
			errors.add(new FieldError("drilledOn", "ehs.emergency.problem.in-future", day));
		}
		String scenario = FieldChecks.required(draft.scenario(), "scenario", 500, errors);
		Integer participants = positive(draft.participants(), "participants", errors);
		Integer minutes = positive(draft.durationMinutes(), "durationMinutes", errors);
		String evaluation = FieldChecks.required(draft.evaluation(), "evaluation", 2000, errors);
		UUID id = UUID.randomUUID();
		List<Finding> findings = new ArrayList<>();
		List<FindingDraft> drafts = (draft.findings() != null) ? draft.findings() : List.of();
		for (int i = 0; i < drafts.size(); i++) {
			if (day != null) {
				Finding f = this.inspections.check(drafts.get(i), new Origin(plan.siteId(), null, null, null, id), day,
						by, "findings[" + i + "].", errors);
				if (f != null) {
					findings.add(f);
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Drill drill = new Drill(id, plan.id(), day, scenario, participants, minutes, evaluation, by, now());
		this.records.insert(tenant, drill);
		findings.forEach((f) -> this.inspections.raise(tenant, f));
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("plan", plan.code());
		audit.put("drilledOn", day.toString());
		audit.put("scenario", scenario);
		audit.put("findings", findings.size());
		this.events.publishEvent(ChangeRecorded.created(tenant, "ehs-drill", id, audit));
		return drill;
	}

	private static @Nullable Integer positive(@Nullable Integer value, String field, List<FieldError> errors) {
		if (value == null) {
			errors.add(new FieldError(field, "problem.field.required"));
			return null;
		}
		if (value < 1) {
			errors.add(new FieldError(field, "ehs.emergency.problem.positive", value));
			return null;
		}
		return value;
	}

	private static List<String> lines(@Nullable List<String> given, String field, List<FieldError> errors) {
		List<String> lines = (given == null) ? List.of()
				: given.stream().filter((s) -> !FieldChecks.blank(s)).map(String::strip).toList();
		if (lines.isEmpty()) {
			errors.add(new FieldError(field, "problem.field.required"));
		}
		else if (String.join("\n", lines).length() > 2000) {
			errors.add(new FieldError(field, "problem.field.too-long", 2000));
		}
		return lines;
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
