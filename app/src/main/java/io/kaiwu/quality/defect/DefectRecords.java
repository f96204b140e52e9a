package io.kaiwu.quality.defect;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.masterdata.PartnerCatalog;
import io.kaiwu.masterdata.SiteWorkingTime;
import io.kaiwu.quality.defect.kernel.Pareto;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Defects found on parts: recorded with their code, item, quantity, where on the part,
 * line, shift, supplier and lot; listed, deleted and counted into Pareto analyses.
 * Recording and deleting are audited ({@code quality-defect}).
 */
@Service
public class DefectRecords {

	/** Defects found more than this after the clock of the server are refused. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private static final String COLUMNS = """
			d.id, d.code_id, d.item_id, d.item_code, d.quantity, d.location, d.drawing_x, d.drawing_y, d.line_id,
			d.shift_name, d.supplier_id, d.supplier_code, d.lot_number, d.found_at, d.note, d.recorded_by,
			d.recorded_at, p.file_name, p.content_type, p.size_bytes""";

	private static final RowMapper<DefectRecord> RECORD = (rs, n) -> new DefectRecord(rs.getObject("id", UUID.class),
			rs.getObject("code_id", UUID.class), rs.getObject("item_id", UUID.class), rs.getString("item_code"),
			rs.getInt("quantity"), rs.getString("location"), rs.getObject("drawing_x", Double.class),
			rs.getObject("drawing_y", Double.class), rs.getObject("line_id", UUID.class), rs.getString("shift_name"),
			rs.getObject("supplier_id", UUID.class), rs.getString("supplier_code"), rs.getString("lot_number"),
			rs.getTimestamp("found_at").toInstant(), rs.getString("note"), rs.getString("recorded_by"),
			rs.getTimestamp("recorded_at").toInstant(),
			(rs.getString("file_name") != null) ? new DefectRecord.Photo(rs.getString("file_name"),
					rs.getString("content_type"), rs.getLong("size_bytes")) : null);

	private final JdbcClient jdbc;

	private final DefectCodes codes;

	private final ItemCatalog items;

	private final PartnerCatalog partners;

	private final EnterpriseStructure structure;

	private final SiteWorkingTime calendars;

	private final ApplicationEventPublisher events;

	DefectRecords(JdbcClient jdbc, DefectCodes codes, ItemCatalog items, PartnerCatalog partners,
			EnterpriseStructure structure, SiteWorkingTime calendars, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.codes = codes;
		this.items = items;
		this.partners = partners;
		this.structure = structure;
		this.calendars = calendars;
		this.events = events;
	}

	@Transactional
	public DefectRecord record(TenantId tenant, DefectDraft draft) {
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		if (draft.codeId() == null) {
			errors.add(new KaiwuProblem.FieldError("codeId", "quality.defect.problem.required"));
		}
		else if (this.codes.tree(tenant).stream().noneMatch((c) -> c.id().equals(draft.codeId()))) {
			errors.add(new KaiwuProblem.FieldError("codeId", "quality.defect.problem.code-unknown", draft.codeId()));
		}
		Optional<ItemCatalog.ItemSummary> item = (draft.itemId() != null) ? this.items.item(tenant, draft.itemId())
				: Optional.empty();
		if (draft.itemId() == null) {
			errors.add(new KaiwuProblem.FieldError("itemId", "quality.defect.problem.required"));
		}
		else if (item.isEmpty()) {
			errors.add(new KaiwuProblem.FieldError("itemId", "quality.defect.problem.item-unknown", draft.itemId()));
		}
		if (draft.quantity() == null || draft.quantity() < 1 || draft.quantity() > 1_000_000) {
			errors.add(new KaiwuProblem.FieldError("quantity", "quality.defect.problem.quantity"));
		}
		if ((draft.drawingX() == null) != (draft.drawingY() == null)) {
			errors.add(new KaiwuProblem.FieldError("drawingX", "quality.defect.problem.drawing-pair"));
		}
		else if (draft.drawingX() != null && (outside01(draft.drawingX()) || outside01(draft.drawingY()))) {
			errors.add(new KaiwuProblem.FieldError("drawingX", "quality.defect.problem.drawing-range"));
		}
		Optional<StructureNode> line = (draft.lineId() != null) ? this.structure.findNode(tenant, draft.lineId())
				: Optional.empty();
		if (draft.lineId() != null && line.isEmpty()) {
			errors.add(new KaiwuProblem.FieldError("lineId", "quality.defect.problem.line-unknown", draft.lineId()));
		}
		Optional<PartnerCatalog.PartnerSummary> supplier = (draft.supplierId() != null)
				? this.partners.partner(tenant, draft.supplierId()) : Optional.empty();
		if (draft.supplierId() != null && supplier.filter(PartnerCatalog.PartnerSummary::supplier).isEmpty()) {
			errors.add(new KaiwuProblem.FieldError("supplierId", "quality.defect.problem.supplier-unknown",
					draft.supplierId()));
		}
		String location = FieldChecks.optional(draft.location(), "location", 500, errors);
		String shiftGiven = FieldChecks.optional(draft.shiftName(), "shiftName", 100, errors);
		String lot = FieldChecks.optional(draft.lotNumber(), "lotNumber", 100, errors);
		String note = FieldChecks.optional(draft.note(), "note", 2000, errors);
		Instant now = Instant.now();
		Instant foundAt = (draft.foundAt() != null) ? draft.foundAt() : now;
		if (foundAt.isAfter(now.plus(CLOCK_SKEW))) {
			errors.add(new KaiwuProblem.FieldError("foundAt", "quality.defect.problem.future"));
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		String shift = (shiftGiven != null) ? shiftGiven : line.map((l) -> shiftAt(tenant, l, foundAt)).orElse(null);
		UUID id = UUID.randomUUID();
		String itemCode = item.orElseThrow().code();
		String supplierCode = supplier.map(PartnerCatalog.PartnerSummary::code).orElse(null);
		this.jdbc
			.sql("""
					INSERT INTO quality_defect_record (id, tenant_id, code_id, item_id, item_code, quantity, location, drawing_x,
					    drawing_y, line_id, shift_name, supplier_id, supplier_code, lot_number, found_at, note, recorded_by,
					    recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, tenant.value(), draft.codeId(), draft.itemId(), itemCode, draft.quantity(), location,
					draft.drawingX(), draft.drawingY(), draft.lineId(), shift, draft.supplierId(), supplierCode, lot,
					Timestamp.from(foundAt), note, CurrentPrincipal.actorName(), Timestamp.from(now))
			.update();
		DefectRecord recorded = get(tenant, id);
		this.events.publishEvent(ChangeRecorded.created(tenant, "quality-defect", id, audited(recorded)));
		return recorded;
	}

	/**
	 * The shift the site of the line had planned at that moment, if it has a calendar.
	 */
	private @Nullable String shiftAt(TenantId tenant, StructureNode line, Instant at) {
		StructureNode node = line;
		while (node.level() != NodeLevel.SITE && node.parentId() != null) {
			Optional<StructureNode> parent = this.structure.findNode(tenant, node.parentId());
			if (parent.isEmpty()) {
				return null;
			}
			node = parent.get();
		}
		return this.calendars.plannedShifts(tenant, node.id(), at, at.plusSeconds(1))
			.flatMap((shifts) -> shifts.stream().findFirst())
			.map(io.kaiwu.masterdata.PlannedShift::name)
			.orElse(null);
	}

	@Transactional(readOnly = true)
	public DefectRecord get(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM quality_defect_record d LEFT JOIN quality_defect_photo p ON p.defect_id = d.id
				WHERE d.tenant_id = ? AND d.id = ?""")
			.params(tenant.value(), id)
			.query(RECORD)
			.optional()
			.orElseThrow(() -> new KaiwuProblem.NotFound("defect", id));
	}

	@Transactional(readOnly = true)
	public Page<DefectRecord> list(TenantId tenant, DefectFilter filter, PageQuery page) {
		StringBuilder where = new StringBuilder(" WHERE d.tenant_id = ?");
		List<Object> params = new ArrayList<>(List.of(tenant.value()));
		where(where, params, filter);
		long total = this.jdbc.sql("SELECT COUNT(*) FROM quality_defect_record d" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(page.size());
		paged.add(page.offset());
		List<DefectRecord> rows = this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM quality_defect_record d LEFT JOIN quality_defect_photo p ON p.defect_id = d.id" + where
					+ " ORDER BY d.found_at DESC, d.id LIMIT ? OFFSET ?")
			.params(paged)
			.query(RECORD)
			.list();
		return Page.of(rows, total, page);
	}

	private static void where(StringBuilder where, List<Object> params, DefectFilter filter) {
		if (filter.from() != null) {
			where.append(" AND d.found_at >= ?");
			params.add(Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			where.append(" AND d.found_at < ?");
			params.add(Timestamp.from(filter.to()));
		}
		if (filter.codeId() != null) {
			where.append(" AND d.code_id = ?");
			params.add(filter.codeId());
		}
		if (filter.itemId() != null) {
			where.append(" AND d.item_id = ?");
			params.add(filter.itemId());
		}
		if (filter.lineId() != null) {
			where.append(" AND d.line_id = ?");
			params.add(filter.lineId());
		}
		if (filter.supplierId() != null) {
			where.append(" AND d.supplier_id = ?");
			params.add(filter.supplierId());
		}
	}

	@Transactional
	public void delete(TenantId tenant, UUID id) {
		DefectRecord record = get(tenant, id);
		long ncrs = this.jdbc.sql("SELECT COUNT(*) FROM quality_ncr WHERE tenant_id = ? AND defect_id = ?")
			.params(tenant.value(), id)
			.query(Long.class)
			.single();
		if (ncrs > 0) {
			throw new KaiwuProblem.Conflict("quality.defect.problem.has-ncr");
		}
		this.jdbc.sql("DELETE FROM quality_defect_record WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.update();
		this.events.publishEvent(ChangeRecorded.deleted(tenant, "quality-defect", id, audited(record)));
	}

	/**
	 * Defects found in {@code [from, to)} summed by quantity per category of the
	 * dimension, largest first, with the 80 % cut. Records without a line, shift or
	 * supplier form one category whose key and label are {@literal null}.
	 */
	@Transactional(readOnly = true)
	public Pareto pareto(TenantId tenant, ParetoDimension dimension, Instant from, Instant to, Locale locale) {
		if (!to.isAfter(from)) {
			throw new KaiwuProblem.InvalidInput("to", "quality.defect.problem.period");
		}
		String column = switch (dimension) {
			case CODE, CATEGORY -> "code_id";
			case ITEM -> "item_id";
			case LINE -> "line_id";
			case SHIFT -> "shift_name";
			case SUPPLIER -> "supplier_id";
		};
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT " + column + " AS k, SUM(quantity) AS n FROM quality_defect_record"
					+ " WHERE tenant_id = ? AND found_at >= ? AND found_at < ? GROUP BY " + column)
			.params(tenant.value(), Timestamp.from(from), Timestamp.from(to))
			.query((java.sql.ResultSet rs) -> {
				Object key = rs.getObject("k");
				counts.put((key != null) ? key.toString() : null, rs.getLong("n"));
			});
		List<Pareto.Category> categories = new ArrayList<>();
		if (dimension == ParetoDimension.CODE || dimension == ParetoDimension.CATEGORY) {
			Map<UUID, DefectCode> byId = new HashMap<>();
			this.codes.tree(tenant).forEach((c) -> byId.put(c.id(), c));
			Map<UUID, Long> summed = new LinkedHashMap<>();
			counts.forEach((k, n) -> {
				DefectCode code = byId.get(UUID.fromString(k));
				if (dimension == ParetoDimension.CATEGORY) {
					while (code.parentId() != null) {
						code = byId.get(code.parentId());
					}
				}
				summed.merge(code.id(), n, Long::sum);
			});
			summed.forEach((id, n) -> categories
				.add(new Pareto.Category(id.toString(), byId.get(id).code() + " " + byId.get(id).name(locale), n)));
		}
		else {
			counts.forEach((k, n) -> categories.add(new Pareto.Category(k, label(tenant, dimension, k), n)));
		}
		return Pareto.of(categories);
	}

	private @Nullable String label(TenantId tenant, ParetoDimension dimension, @Nullable String key) {
		if (key == null) {
			return null;
		}
		return switch (dimension) {
			case ITEM ->
				this.items.item(tenant, UUID.fromString(key)).map((i) -> i.code() + " " + i.name()).orElse(key);
			case LINE ->
				this.structure.findNode(tenant, UUID.fromString(key)).map((l) -> l.code() + " " + l.name()).orElse(key);
			case SUPPLIER ->
				this.partners.partner(tenant, UUID.fromString(key)).map((p) -> p.code() + " " + p.name()).orElse(key);
			default -> key;
		};
	}

	private static boolean outside01(@Nullable Double v) {
		return v == null || v.isNaN() || v < 0 || v > 1;
	}

	private static Map<String, Object> audited(DefectRecord d) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("codeId", d.codeId().toString());
		audit.put("itemCode", d.itemCode());
		audit.put("quantity", d.quantity());
		audit.put("lotNumber", d.lotNumber());
		audit.put("supplierCode", d.supplierCode());
		audit.put("shiftName", d.shiftName());
		audit.put("foundAt", d.foundAt().toString());
		return audit;
	}

}
