package io.kaiwu.quality.nonconformance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.masterdata.PartnerCatalog;
import io.kaiwu.quality.defect.DefectCode;
import io.kaiwu.quality.defect.DefectCodes;
import io.kaiwu.quality.defect.DefectRecord;
import io.kaiwu.quality.defect.DefectRecords;
import io.kaiwu.quality.inspection.InspectionCompleted;
import io.kaiwu.quality.nonconformance.kernel.ActionKind;
import io.kaiwu.quality.nonconformance.kernel.Discipline;
import io.kaiwu.quality.nonconformance.kernel.Disposition;
import io.kaiwu.quality.nonconformance.kernel.NcrState;
import io.kaiwu.quality.nonconformance.kernel.NcrStateMachine;
import io.kaiwu.quality.nonconformance.kernel.Severity;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nonconformance reports: raised by hand, from a defect record or from a rejected
 * inspection (once per inspection record), dispositioned, and worked through their 8D
 * with CAPA actions. Every move is checked by {@link NcrStateMachine} before anything is
 * written; a refusal says what is needed first. Every change is audited
 * ({@code quality-ncr}).
 */
@Service
public class ManagingNcrs {

	private static final String COLUMNS = """
			id, number, title, description, source, severity, state, defect_id, inspection_record_id, item_id,
			lot_number, supplier_id, quantity, disposition, disposition_quantity, disposition_note, disposition_by,
			disposition_at, closure_note, cancel_reason, created_by, created_at, closed_by, closed_at, updated_at""";

	private final JdbcClient jdbc;

	private final DefectRecords defects;

	private final DefectCodes codes;

	private final ItemCatalog items;

	private final PartnerCatalog partners;

	private final ProblemDetails problems;

	private final NonconformanceSettings settings;

	private final ApplicationEventPublisher events;

	ManagingNcrs(JdbcClient jdbc, DefectRecords defects, DefectCodes codes, ItemCatalog items, PartnerCatalog partners,
			ProblemDetails problems, NonconformanceSettings settings, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.defects = defects;
		this.codes = codes;
		this.items = items;
		this.partners = partners;
		this.problems = problems;
		this.settings = settings;
		this.events = events;
	}

	// ---- reading

	@Transactional(readOnly = true)
	public Ncr get(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM quality_ncr WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query((rs, n) -> header(rs))
			.optional()
			.map((h) -> assemble(tenant, List.of(h)).get(0))
			.orElseThrow(() -> new KaiwuProblem.NotFound("ncr", id));
	}

	@Transactional(readOnly = true)
	public Page<Ncr> list(TenantId tenant, NcrFilter filter, PageQuery page) {
		StringBuilder where = new StringBuilder(" WHERE n.tenant_id = ?");
		List<Object> params = new ArrayList<>(List.of(tenant.value()));
		if (filter.state() != null) {
			where.append(" AND n.state = ?");
			params.add(filter.state().name());
		}
		if (filter.supplierId() != null) {
			where.append(" AND n.supplier_id = ?");
			params.add(filter.supplierId());
		}
		if (filter.overdueOnly()) {
			Date today = Date.valueOf(today());
			where.append(" ")
				.append("""
						AND n.state NOT IN ('CLOSED', 'CANCELLED') AND (
							EXISTS (SELECT 1 FROM quality_ncr_step s WHERE s.ncr_id = n.id AND s.done_at IS NULL AND s.due_date < ?)
							OR EXISTS (SELECT 1 FROM quality_ncr_action a WHERE a.ncr_id = n.id AND a.done_at IS NULL AND a.due_date < ?))""");
			params.add(today);
			params.add(today);
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM quality_ncr n" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(page.size());
		paged.add(page.offset());
		List<Header> headers = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM quality_ncr n" + where
					+ " ORDER BY n.created_at DESC, n.number DESC LIMIT ? OFFSET ?")
			.params(paged)
			.query((rs, n) -> header(rs))
			.list();
		return Page.of(assemble(tenant, headers), total, page);
	}

	// ---- raising

	@Transactional
	public Ncr raise(TenantId tenant, NcrDraft draft) {
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		Severity severity = parse(Severity.class, draft.severity(), "severity", errors);
		DefectRecord defect = null;
		if (draft.defectId() != null) {
			defect = this.defects.get(tenant, draft.defectId());
		}
		UUID itemId = (draft.itemId() != null) ? draft.itemId() : (defect != null) ? defect.itemId() : null;
		UUID supplierId = (draft.supplierId() != null) ? draft.supplierId()
				: (defect != null) ? defect.supplierId() : null;
		String lot = FieldChecks.optional(draft.lotNumber(), "lotNumber", 100, errors);
		if (lot == null && defect != null) {
			lot = defect.lotNumber();
		}
		Integer quantity = (draft.quantity() != null) ? draft.quantity()
				: (defect != null) ? Integer.valueOf(defect.quantity()) : null;
		String title = FieldChecks.optional(draft.title(), "title", 200, errors);
		if (title == null && defect != null) {
			DefectCode code = this.codes.get(tenant, defect.codeId());
			title = code.code() + " " + code.name(Locale.CHINESE);
		}
		if (title == null) {
			errors.add(new KaiwuProblem.FieldError("title", "quality.ncr.problem.required"));
		}
		String description = FieldChecks.optional(draft.description(), "description", 4000, errors);
		if (itemId != null && this.items.item(tenant, itemId).isEmpty()) {
			errors.add(new KaiwuProblem.FieldError("itemId", "quality.ncr.problem.item-unknown", itemId));
		}
		if (supplierId != null && this.partners.partner(tenant, supplierId)
			.filter(PartnerCatalog.PartnerSummary::supplier)
			.isEmpty()) {
			errors.add(new KaiwuProblem.FieldError("supplierId", "quality.ncr.problem.supplier-unknown", supplierId));
		}
		if (quantity != null && (quantity < 1 || quantity > 100_000_000)) {
			errors.add(new KaiwuProblem.FieldError("quantity", "quality.ncr.problem.quantity"));
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		UUID id = insert(tenant, lockCounter(tenant), title, description,
				(defect != null) ? Ncr.Source.DEFECT : Ncr.Source.MANUAL, severity,
				(defect != null) ? defect.id() : null, null, itemId, lot, supplierId, quantity);
		Ncr raised = get(tenant, id);
		this.events.publishEvent(ChangeRecorded.created(tenant, "quality-ncr", id, audited(raised)));
		return raised;
	}

	/**
	 * Opens an NCR for a lot the inspection rejected, unless one was opened for that
	 * inspection record already (the event may be delivered again).
	 * @return the NCR opened, empty when the lot was accepted or the NCR exists
	 */
	@Transactional
	public Optional<Ncr> raiseForRejectedLot(InspectionCompleted inspection) {
		if (inspection.accepted()) {
			return Optional.empty();
		}
		TenantId tenant = inspection.tenant();
		// the counter's row lock makes a second delivery running at the same time wait
		// here,
		// and then find the NCR the first one opened
		int year = lockCounter(tenant);
		boolean exists = this.jdbc
			.sql("SELECT COUNT(*) FROM quality_ncr WHERE tenant_id = ? AND inspection_record_id = ?")
			.params(tenant.value(), inspection.recordId())
			.query(Long.class)
			.single() > 0;
		if (exists) {
			return Optional.empty();
		}
		String itemCode = this.items.item(tenant, inspection.itemId())
			.map(ItemCatalog.ItemSummary::code)
			.orElse(inspection.itemId().toString());
		// codes and figures only, so the title reads the same in both languages
		String title = inspection.kind() + " " + itemCode
				+ ((inspection.lotNumber() != null) ? " " + inspection.lotNumber() : "") + " " + inspection.rejected()
				+ "/" + inspection.sampleSize();
		UUID supplier = (inspection.supplierId() != null
				&& this.partners.partner(tenant, inspection.supplierId()).isPresent()) ? inspection.supplierId() : null;
		UUID id = insert(tenant, year, (title.length() > 200) ? title.substring(0, 200) : title, null,
				Ncr.Source.INSPECTION, Severity.MAJOR, null, inspection.recordId(), inspection.itemId(),
				inspection.lotNumber(), supplier, (inspection.rejected() > 0) ? inspection.rejected() : null);
		Ncr raised = get(tenant, id);
		this.events.publishEvent(ChangeRecorded.created(tenant, "quality-ncr", id, audited(raised)));
		return Optional.of(raised);
	}

	/**
	 * Locks the tenant's NCR counter of this year until the transaction ends, creating it
	 * for the year's first NCR.
	 * @return the year
	 */
	private int lockCounter(TenantId tenant) {
		int year = LocalDate.now(this.settings.zone()).getYear();
		this.jdbc.sql("""
				INSERT INTO quality_ncr_counter (tenant_id, counter_year, last_number) VALUES (?, ?, 0)
				ON CONFLICT DO NOTHING""").params(tenant.value(), year).update();
		this.jdbc.sql("SELECT last_number FROM quality_ncr_counter WHERE tenant_id = ? AND counter_year = ? FOR UPDATE")
			.params(tenant.value(), year)
			.query(Integer.class)
			.single();
		return year;
	}

	/**
	 * Inserts an NCR with the next number of the locked counter, and its eight 8D steps.
	 */
	private UUID insert(TenantId tenant, int year, String title, @Nullable String description, Ncr.Source source,
			Severity severity, @Nullable UUID defectId, @Nullable UUID inspectionRecordId, @Nullable UUID itemId,
			@Nullable String lot, @Nullable UUID supplierId, @Nullable Integer quantity) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		this.jdbc.sql(
				"UPDATE quality_ncr_counter SET last_number = last_number + 1 WHERE tenant_id = ? AND counter_year = ?")
			.params(tenant.value(), year)
			.update();
		int next = this.jdbc.sql("SELECT last_number FROM quality_ncr_counter WHERE tenant_id = ? AND counter_year = ?")
			.params(tenant.value(), year)
			.query(Integer.class)
			.single();
		String number = "NCR-" + year + "-" + String.format(Locale.ROOT, "%04d", next);
		this.jdbc
			.sql("""
					INSERT INTO quality_ncr (id, tenant_id, number, title, description, source, severity, state, defect_id,
					    inspection_record_id, item_id, lot_number, supplier_id, quantity, created_by, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, tenant.value(), number, title, description, source.name(), severity.name(), defectId,
					inspectionRecordId, itemId, lot, supplierId, quantity, CurrentPrincipal.actorName(),
					Timestamp.from(now), Timestamp.from(now))
			.update();
		for (Discipline d : Discipline.values()) {
			this.jdbc.sql("INSERT INTO quality_ncr_step (ncr_id, tenant_id, discipline) VALUES (?, ?, ?)")
				.params(id, tenant.value(), d.name())
				.update();
		}
		return id;
	}

	// ---- disposition

	@Transactional
	public Ncr disposition(TenantId tenant, UUID id, @Nullable String disposition, @Nullable Integer quantity,
			@Nullable String note) {
		Ncr before = get(tenant, id);
		requireOpen(before);
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		Disposition kind = parse(Disposition.class, disposition, "disposition", errors);
		String text = FieldChecks.optional(note, "note", 2000, errors);
		if (quantity != null && (quantity < 1 || (before.quantity() != null && quantity > before.quantity()))) {
			errors.add(new KaiwuProblem.FieldError("quantity", "quality.ncr.problem.disposition-quantity",
					(before.quantity() != null) ? before.quantity() : "—"));
		}
		if (kind == Disposition.RETURN_TO_SUPPLIER && before.supplierId() == null) {
			errors.add(new KaiwuProblem.FieldError("disposition", "quality.ncr.problem.return-needs-supplier"));
		}
		if (kind == Disposition.USE_AS_IS && text == null) {
			errors.add(new KaiwuProblem.FieldError("note", "quality.ncr.problem.concession-needs-reason"));
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		this.jdbc
			.sql("""
					UPDATE quality_ncr SET disposition = ?, disposition_quantity = ?, disposition_note = ?, disposition_by = ?,
					    disposition_at = ?, updated_at = ? WHERE tenant_id = ? AND id = ?""")
			.params(kind.name(), (quantity != null) ? quantity : before.quantity(), text, CurrentPrincipal.actorName(),
					Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), tenant.value(), id)
			.update();
		return changed(tenant, before);
	}

	// ---- 8D steps

	/** Names a step's owner and due date, and what was found so far. */
	@Transactional
	public Ncr planStep(TenantId tenant, UUID id, Discipline step, @Nullable String owner, @Nullable LocalDate dueDate,
			@Nullable String note) {
		Ncr before = get(tenant, id);
		requireOpen(before);
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		String who = FieldChecks.optional(owner, "owner", 100, errors);
		String text = FieldChecks.optional(note, "note", 4000, errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		this.jdbc.sql("""
				UPDATE quality_ncr_step SET owner = ?, due_date = ?, note = ? WHERE tenant_id = ? AND ncr_id = ?
				AND discipline = ?""")
			.params(who, (dueDate != null) ? Date.valueOf(dueDate) : null, text, tenant.value(), id, step.name())
			.update();
		touch(tenant, id);
		return changed(tenant, before);
	}

	/** Marks a step finished, once the steps before it are and its actions exist. */
	@Transactional
	public Ncr finishStep(TenantId tenant, UUID id, Discipline step, @Nullable String note) {
		Ncr before = get(tenant, id);
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		String text = FieldChecks.optional(note, "note", 4000, errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Ncr.Step current = before.steps().get(step.ordinal());
		if (current.done()) {
			throw new KaiwuProblem.Conflict("quality.ncr.problem.step-done", step.name());
		}
		refuseUnless(NcrStateMachine.missingToFinish(facts(before), step), "quality.ncr.problem.step-needs",
				step.name());
		if (step == Discipline.D1 && current.owner() == null) {
			throw new KaiwuProblem.InvalidInput("owner", "quality.ncr.problem.team-needs-owner");
		}
		this.jdbc.sql("""
				UPDATE quality_ncr_step SET note = COALESCE(?, note), done_by = ?, done_at = ?
				WHERE tenant_id = ? AND ncr_id = ? AND discipline = ?""")
			.params(text, CurrentPrincipal.actorName(), Timestamp.from(Instant.now()), tenant.value(), id, step.name())
			.update();
		touch(tenant, id);
		return changed(tenant, before);
	}

	// ---- CAPA actions

	@Transactional
	public Ncr addAction(TenantId tenant, UUID id, @Nullable String kind, @Nullable String description,
			@Nullable String owner, @Nullable LocalDate dueDate) {
		Ncr before = get(tenant, id);
		requireOpen(before);
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		ActionKind actionKind = parse(ActionKind.class, kind, "kind", errors);
		String what = FieldChecks.optional(description, "description", 2000, errors);
		String who = FieldChecks.optional(owner, "owner", 100, errors);
		if (what == null) {
			errors.add(new KaiwuProblem.FieldError("description", "quality.ncr.problem.required"));
		}
		if (who == null) {
			errors.add(new KaiwuProblem.FieldError("owner", "quality.ncr.problem.required"));
		}
		if (dueDate == null) {
			errors.add(new KaiwuProblem.FieldError("dueDate", "quality.ncr.problem.required"));
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		this.jdbc.sql("""
				INSERT INTO quality_ncr_action (id, tenant_id, ncr_id, kind, description, owner, due_date, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), tenant.value(), id, actionKind.name(), what, who, Date.valueOf(dueDate),
					Timestamp.from(Instant.now()))
			.update();
		touch(tenant, id);
		return changed(tenant, before);
	}

	@Transactional
	public Ncr finishAction(TenantId tenant, UUID id, UUID actionId) {
		Ncr before = get(tenant, id);
		requireOpen(before);
		Ncr.Action action = action(before, actionId);
		if (action.done()) {
			throw new KaiwuProblem.Conflict("quality.ncr.problem.action-done");
		}
		this.jdbc.sql("UPDATE quality_ncr_action SET done_by = ?, done_at = ? WHERE tenant_id = ? AND id = ?")
			.params(CurrentPrincipal.actorName(), Timestamp.from(Instant.now()), tenant.value(), actionId)
			.update();
		touch(tenant, id);
		return changed(tenant, before);
	}

	/** Records that a done action was checked and worked, and how it was checked. */
	@Transactional
	public Ncr verifyAction(TenantId tenant, UUID id, UUID actionId, @Nullable String note) {
		Ncr before = get(tenant, id);
		requireOpen(before);
		Ncr.Action action = action(before, actionId);
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		String how = FieldChecks.optional(note, "note", 2000, errors);
		if (how == null) {
			errors.add(new KaiwuProblem.FieldError("note", "quality.ncr.problem.verification-needs-note"));
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		if (!action.done()) {
			throw new KaiwuProblem.Conflict("quality.ncr.problem.verify-needs-done");
		}
		if (action.verified()) {
			throw new KaiwuProblem.Conflict("quality.ncr.problem.action-verified");
		}
		this.jdbc.sql("""
				UPDATE quality_ncr_action SET verified_by = ?, verified_at = ?, verification_note = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(CurrentPrincipal.actorName(), Timestamp.from(Instant.now()), how, tenant.value(), actionId)
			.update();
		touch(tenant, id);
		return changed(tenant, before);
	}

	// ---- state

	/**
	 * Moves the NCR to another state; closing finishes D8 with the note, cancelling needs
	 * a reason.
	 */
	@Transactional
	public Ncr transition(TenantId tenant, UUID id, @Nullable String to, @Nullable String note) {
		Ncr before = get(tenant, id);
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		NcrState target = parse(NcrState.class, to, "to", errors);
		String text = FieldChecks.optional(note, "note", 4000, errors);
		if (target == NcrState.CANCELLED && text == null) {
			errors.add(new KaiwuProblem.FieldError("note", "quality.ncr.problem.cancel-needs-reason"));
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		if (target == before.state()) {
			throw new KaiwuProblem.Conflict("quality.ncr.problem.same-state", message(stateKey(target)));
		}
		refuseUnless(NcrStateMachine.missingFor(facts(before), target), "quality.ncr.problem.state-needs",
				message(stateKey(target)));
		Timestamp now = Timestamp.from(Instant.now());
		String actor = CurrentPrincipal.actorName();
		switch (target) {
			case CLOSED -> {
				this.jdbc
					.sql("""
							UPDATE quality_ncr SET state = 'CLOSED', closure_note = ?, closed_by = ?, closed_at = ?, updated_at = ?
							WHERE tenant_id = ? AND id = ?""")
					.params(text, actor, now, now, tenant.value(), id)
					.update();
				this.jdbc.sql("""
						UPDATE quality_ncr_step SET done_by = ?, done_at = ?, note = COALESCE(?, note)
						WHERE tenant_id = ? AND ncr_id = ? AND discipline = 'D8'""")
					.params(actor, now, text, tenant.value(), id)
					.update();
			}
			case CANCELLED -> this.jdbc.sql("""
					UPDATE quality_ncr SET state = 'CANCELLED', cancel_reason = ?, closed_by = ?, closed_at = ?,
					    updated_at = ? WHERE tenant_id = ? AND id = ?""")
				.params(text, actor, now, now, tenant.value(), id)
				.update();
			default -> this.jdbc.sql("UPDATE quality_ncr SET state = ?, updated_at = ? WHERE tenant_id = ? AND id = ?")
				.params(target.name(), now, tenant.value(), id)
				.update();
		}
		return changed(tenant, before);
	}

	// ---- helpers of this class

	private void refuseUnless(List<String> missing, String messageKey, String subject) {
		if (!missing.isEmpty()) {
			List<String> needs = missing.stream().map(this::message).toList();
			throw new KaiwuProblem.Conflict(messageKey, subject, String.join("; ", needs));
		}
	}

	private String message(String key) {
		return this.problems.message(key);
	}

	private static String stateKey(NcrState state) {
		return "quality.ncr.state." + state.name();
	}

	private static void requireOpen(Ncr ncr) {
		if (ncr.state().finished()) {
			throw new KaiwuProblem.Conflict("quality.ncr.problem.finished", ncr.number());
		}
	}

	private static Ncr.Action action(Ncr ncr, UUID actionId) {
		return ncr.actions()
			.stream()
			.filter((a) -> a.id().equals(actionId))
			.findFirst()
			.orElseThrow(() -> new KaiwuProblem.NotFound("ncr-action", actionId));
	}

	private static NcrStateMachine.Facts facts(Ncr ncr) {
		Set<Discipline> done = EnumSet.noneOf(Discipline.class);
		ncr.steps().stream().filter(Ncr.Step::done).forEach((s) -> done.add(s.discipline()));
		return new NcrStateMachine.Facts(ncr.state(), ncr.severity(), ncr.disposition() != null, done,
				ncr.actions()
					.stream()
					.map((a) -> new NcrStateMachine.ActionFacts(a.kind(), a.done(), a.verified()))
					.toList());
	}

	private void touch(TenantId tenant, UUID id) {
		this.jdbc.sql("UPDATE quality_ncr SET updated_at = ? WHERE tenant_id = ? AND id = ?")
			.params(Timestamp.from(Instant.now()), tenant.value(), id)
			.update();
	}

	private Ncr changed(TenantId tenant, Ncr before) {
		Ncr after = get(tenant, before.id());
		this.events
			.publishEvent(ChangeRecorded.updated(tenant, "quality-ncr", before.id(), audited(before), audited(after)));
		return after;
	}

	LocalDate today() {
		return LocalDate.now(this.settings.zone());
	}

	private static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, String field,
			List<KaiwuProblem.FieldError> errors) {
		if (value != null && !value.isBlank()) {
			try {
				return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				// reported below
			}
		}
		List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
		errors.add(new KaiwuProblem.FieldError(field, "quality.ncr.problem.one-of", String.join(", ", allowed)));
		return type.getEnumConstants()[0];
	}

	// ---- rows

	private record Header(UUID id, String number, String title, @Nullable String description, Ncr.Source source,
			Severity severity, NcrState state, @Nullable UUID defectId, @Nullable UUID inspectionRecordId,
			@Nullable UUID itemId, @Nullable String lotNumber, @Nullable UUID supplierId, @Nullable Integer quantity,
			@Nullable Disposition disposition, @Nullable Integer dispositionQuantity, @Nullable String dispositionNote,
			@Nullable String dispositionBy, @Nullable Instant dispositionAt, @Nullable String closureNote,
			@Nullable String cancelReason, String createdBy, Instant createdAt, @Nullable String closedBy,
			@Nullable Instant closedAt, Instant updatedAt) {
	}

	private static Header header(ResultSet rs) throws SQLException {
		String disposition = rs.getString("disposition");
		return new Header(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("title"),
				rs.getString("description"), Ncr.Source.valueOf(rs.getString("source")),
				Severity.valueOf(rs.getString("severity")), NcrState.valueOf(rs.getString("state")),
				rs.getObject("defect_id", UUID.class), rs.getObject("inspection_record_id", UUID.class),
				rs.getObject("item_id", UUID.class), rs.getString("lot_number"),
				rs.getObject("supplier_id", UUID.class), rs.getObject("quantity", Integer.class),
				(disposition != null) ? Disposition.valueOf(disposition) : null,
				rs.getObject("disposition_quantity", Integer.class), rs.getString("disposition_note"),
				rs.getString("disposition_by"), instant(rs, "disposition_at"), rs.getString("closure_note"),
				rs.getString("cancel_reason"), rs.getString("created_by"), instant(rs, "created_at"),
				rs.getString("closed_by"), instant(rs, "closed_at"), instant(rs, "updated_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return (t != null) ? t.toInstant() : null;
	}

	private List<Ncr> assemble(TenantId tenant, List<Header> headers) {
		if (headers.isEmpty()) {
			return List.of();
		}
		LocalDate today = today();
		List<UUID> ids = headers.stream().map(Header::id).toList();
		String in = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
		List<Object> params = new ArrayList<>(List.of(tenant.value()));
		params.addAll(ids);
		Map<UUID, List<Ncr.Step>> steps = new HashMap<>();
		this.jdbc
			.sql("SELECT ncr_id, discipline, owner, due_date, note, done_by, done_at FROM quality_ncr_step"
					+ " WHERE tenant_id = ? AND ncr_id IN (" + in + ") ORDER BY ncr_id, discipline")
			.params(params)
			.query((ResultSet rs) -> {
				LocalDate due = (rs.getDate("due_date") != null) ? rs.getDate("due_date").toLocalDate() : null;
				Instant doneAt = instant(rs, "done_at");
				steps.computeIfAbsent(rs.getObject("ncr_id", UUID.class), (k) -> new ArrayList<>())
					.add(new Ncr.Step(Discipline.valueOf(rs.getString("discipline")), rs.getString("owner"), due,
							rs.getString("note"), rs.getString("done_by"), doneAt,
							doneAt == null && due != null && due.isBefore(today)));
			});
		Map<UUID, List<Ncr.Action>> actions = new HashMap<>();
		this.jdbc
			.sql("""
					SELECT id, ncr_id, kind, description, owner, due_date, done_by, done_at, verified_by, verified_at,
					    verification_note FROM quality_ncr_action WHERE tenant_id = ? AND ncr_id IN (""" + in
					+ ") ORDER BY created_at, id")
			.params(params)
			.query((ResultSet rs) -> {
				LocalDate due = rs.getDate("due_date").toLocalDate();
				Instant doneAt = instant(rs, "done_at");
				actions.computeIfAbsent(rs.getObject("ncr_id", UUID.class), (k) -> new ArrayList<>())
					.add(new Ncr.Action(rs.getObject("id", UUID.class), ActionKind.valueOf(rs.getString("kind")),
							rs.getString("description"), rs.getString("owner"), due, rs.getString("done_by"), doneAt,
							rs.getString("verified_by"), instant(rs, "verified_at"), rs.getString("verification_note"),
							doneAt == null && due.isBefore(today)));
			});
		List<Ncr> out = new ArrayList<>();
		for (Header h : headers) {
			List<Ncr.Step> s = steps.getOrDefault(h.id(), List.of());
			List<Ncr.Action> a = actions.getOrDefault(h.id(), List.of());
			boolean overdue = !h.state().finished()
					&& (s.stream().anyMatch(Ncr.Step::overdue) || a.stream().anyMatch(Ncr.Action::overdue));
			out.add(new Ncr(h.id(), h.number(), h.title(), h.description(), h.source(), h.severity(), h.state(),
					h.defectId(), h.inspectionRecordId(), h.itemId(), h.lotNumber(), h.supplierId(), h.quantity(),
					h.disposition(), h.dispositionQuantity(), h.dispositionNote(), h.dispositionBy(), h.dispositionAt(),
					h.closureNote(), h.cancelReason(), h.createdBy(), h.createdAt(), h.closedBy(), h.closedAt(),
					h.updatedAt(), s, a, overdue));
		}
		return out;
	}

	private static Map<String, Object> audited(Ncr n) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("number", n.number());
		audit.put("title", n.title());
		audit.put("severity", n.severity().name());
		audit.put("state", n.state().name());
		audit.put("disposition", (n.disposition() != null) ? n.disposition().name() : null);
		audit.put("dispositionQuantity", n.dispositionQuantity());
		audit.put("dispositionBy", n.dispositionBy());
		Map<String, Object> steps = new LinkedHashMap<>();
		for (Ncr.Step s : n.steps()) {
			steps.put(s.discipline().name(),
					s.owner() + " / " + s.dueDate() + " / " + (s.done() ? "done " + s.doneBy() : "open"));
		}
		audit.put("steps", steps);
		audit.put("actions",
				n.actions()
					.stream()
					.map((a) -> a.kind() + " " + a.owner() + " " + a.dueDate() + (a.done() ? " done" : "")
							+ (a.verified() ? " verified" : ""))
					.toList());
		return audit;
	}

}
