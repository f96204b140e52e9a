package io.kaiwu.production.bom;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.masterdata.ItemCatalog.ItemSummary;
import io.kaiwu.production.bom.kernel.BomCycles;
import io.kaiwu.production.bom.kernel.Effectivity;
import io.kaiwu.production.bom.kernel.Explosion;
import io.kaiwu.production.bom.kernel.VersionNode;
import io.kaiwu.production.resource.Codes;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the tenant's BOMs. Every version is checked as a whole before anything is
 * written: the parent and every component must be items of the tenant (a bad one is named
 * with its line), versions of one item must not overlap in time, and no chain of versions
 * that can be effective on one same day may lead back to the parent (the refusal names
 * the path and the versions). Changes are audited ({@code production-bom}).
 */
@Service
public class ManagingBoms implements Boms {

	private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000000");

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private final JdbcClient jdbc;

	private final ItemCatalog items;

	private final ApplicationEventPublisher events;

	ManagingBoms(JdbcClient jdbc, ItemCatalog items, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.items = items;
		this.events = events;
	}

	private record Stored(UUID id, UUID itemId, String version, BigDecimal baseQuantity, Effectivity effectivity,
			List<BomLine> lines, String updatedBy, Instant updatedAt) {

		VersionNode node() {
			return new VersionNode(this.id, this.itemId, this.version, this.effectivity,
					this.lines.stream().map(BomLine::componentItemId).toList());
		}

	}

	// ---- reading

	@Override
	@Transactional(readOnly = true)
	public Optional<BomVersion> effective(TenantId tenant, UUID itemId, LocalDate on) {
		return this.jdbc.sql("""
				SELECT id FROM production_bom_version WHERE tenant_id = ? AND item_id = ?
				AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)""")
			.params(tenant.value(), itemId, Date.valueOf(on), Date.valueOf(on))
			.query(UUID.class)
			.optional()
			.flatMap((id) -> stored(tenant, null, id).stream().findFirst())
			.map((s) -> new BomVersion(s.id(), s.itemId(), s.version(), s.baseQuantity(), s.lines()));
	}

	/** The versions of an item's BOM, oldest effectivity first. */
	@Transactional(readOnly = true)
	public List<BomDetails> versions(TenantId tenant, UUID itemId) {
		return details(tenant, stored(tenant, itemId, null));
	}

	/** Every BOM version of the tenant, by parent item code and effectivity. */
	@Transactional(readOnly = true)
	public List<BomDetails> all(TenantId tenant) {
		List<BomDetails> all = new ArrayList<>(details(tenant, stored(tenant, null, null)));
		all.sort(java.util.Comparator.comparing(BomDetails::itemCode).thenComparing(BomDetails::validFrom));
		return all;
	}

	@Transactional(readOnly = true)
	public BomDetails get(TenantId tenant, UUID id) {
		return details(tenant, stored(tenant, null, id)).stream()
			.findFirst()
			.orElseThrow(() -> new KaiwuProblem.NotFound("bom", id));
	}

	/**
	 * One row of an explosion, with the item's code and name.
	 *
	 * @param level 0 for the top item
	 * @param itemId the item
	 * @param code its code
	 * @param name its name
	 * @param unit its unit
	 * @param version its own effective BOM version; {@literal null} for a purchased item
	 * @param perParent how much one unit of the parent needs, scrap included
	 * @param scrapPercent the line's scrap
	 * @param quantity the cumulative quantity
	 */
	public record ExplodedRow(int level, UUID itemId, String code, String name, String unit, @Nullable String version,
			BigDecimal perParent, BigDecimal scrapPercent, BigDecimal quantity) {
	}

	/** The multi-level explosion of an item's BOM effective on a day for a quantity. */
	@Transactional(readOnly = true)
	public List<ExplodedRow> explosion(TenantId tenant, UUID itemId, LocalDate on, BigDecimal quantity) {
		ItemSummary top = this.items.item(tenant, itemId).orElseThrow(() -> new KaiwuProblem.NotFound("item", itemId));
		if (quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) >= 0) {
			throw new KaiwuProblem.InvalidInput("quantity", "production.bom.problem.quantity");
		}
		Map<UUID, ItemSummary> known = new HashMap<>(Map.of(itemId, top));
		return Explosion.explode(itemId, quantity,
				(item) -> effective(tenant, item, on).map((v) -> new Explosion.Structure(v.version(), v.baseQuantity(),
						v.lines()
							.stream()
							.map((l) -> new Explosion.Component(l.componentItemId(), l.quantity(), l.scrapPercent()))
							.toList())))
			.stream()
			.map((r) -> {
				ItemSummary item = known.computeIfAbsent(r.itemId(), (id) -> item(tenant, id));
				return new ExplodedRow(r.level(), r.itemId(), item.code(), item.name(), item.baseUnitCode(),
						r.version(), r.perParent(), r.scrapPercent(), r.quantity());
			})
			.toList();
	}

	/**
	 * A parent that uses an item, on any level above it.
	 *
	 * @param level 1 for a direct parent, 2 for its parents, …
	 * @param bomId the parent's BOM version that has the line
	 * @param itemId the parent item
	 * @param code its code
	 * @param name its name
	 * @param version the version's label
	 * @param validFrom first day the version is effective
	 * @param validTo last day, {@literal null} for open-ended
	 * @param quantity how much of the child the line takes per base quantity
	 */
	public record UsedIn(int level, UUID bomId, UUID itemId, String code, String name, String version,
			LocalDate validFrom, @Nullable LocalDate validTo, BigDecimal quantity) {
	}

	/**
	 * Where an item is used (反查): the BOM versions that list it, and above them every
	 * version that lists their parents; only versions effective on {@code on} when given.
	 */
	@Transactional(readOnly = true)
	public List<UsedIn> whereUsed(TenantId tenant, UUID itemId, @Nullable LocalDate on) {
		item(tenant, itemId);
		Map<UUID, List<Stored>> byComponent = new HashMap<>();
		for (Stored s : stored(tenant, null, null)) {
			if (on != null && !s.effectivity().covers(on)) {
				continue;
			}
			for (BomLine line : s.lines()) {
				byComponent.computeIfAbsent(line.componentItemId(), (k) -> new ArrayList<>()).add(s);
			}
		}
		List<UsedIn> out = new ArrayList<>();
		up(tenant, itemId, 1, byComponent, new ArrayList<>(List.of(itemId)), out);
		return out;
	}

	private void up(TenantId tenant, UUID child, int level, Map<UUID, List<Stored>> byComponent, List<UUID> path,
			List<UsedIn> out) {
		for (Stored parent : byComponent.getOrDefault(child, List.of())) {
			if (path.contains(parent.itemId())) {
				continue;
			}
			ItemSummary item = item(tenant, parent.itemId());
			BigDecimal quantity = parent.lines()
				.stream()
				.filter((l) -> l.componentItemId().equals(child))
				.map(BomLine::quantity)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			out.add(new UsedIn(level, parent.id(), parent.itemId(), item.code(), item.name(), parent.version(),
					parent.effectivity().from(), parent.effectivity().to(), quantity));
			path.add(parent.itemId());
			up(tenant, parent.itemId(), level + 1, byComponent, path, out);
			path.remove(path.size() - 1);
		}
	}

	// ---- writing

	@Transactional
	public BomDetails create(TenantId tenant, BomDraft draft) {
		Stored checked = checked(tenant, UUID.randomUUID(), draft);
		insert(tenant, checked);
		BomDetails created = get(tenant, checked.id());
		this.events.publishEvent(ChangeRecorded.created(tenant, "production-bom", checked.id(), audited(created)));
		return created;
	}

	@Transactional
	public BomDetails update(TenantId tenant, UUID id, BomDraft draft) {
		BomDetails before = get(tenant, id);
		if (draft.itemId() != null && !draft.itemId().equals(before.itemId())) {
			throw new KaiwuProblem.InvalidInput("itemId", "production.bom.problem.item-fixed", before.itemCode());
		}
		Stored checked = checked(tenant, id, draft);
		this.jdbc.sql("DELETE FROM production_bom_line WHERE tenant_id = ? AND bom_id = ?")
			.params(tenant.value(), id)
			.update();
		this.jdbc.sql("""
				UPDATE production_bom_version SET version = ?, base_quantity = ?, valid_from = ?, valid_to = ?,
				    updated_by = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(checked.version(), checked.baseQuantity(), Date.valueOf(checked.effectivity().from()),
					date(checked.effectivity().to()), checked.updatedBy(), Timestamp.from(checked.updatedAt()),
					tenant.value(), id)
			.update();
		insertLines(tenant, checked);
		BomDetails after = get(tenant, id);
		this.events.publishEvent(ChangeRecorded.updated(tenant, "production-bom", id, audited(before), audited(after)));
		return after;
	}

	@Transactional
	public void delete(TenantId tenant, UUID id) {
		BomDetails bom = get(tenant, id);
		this.jdbc.sql("DELETE FROM production_bom_version WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.update();
		this.events.publishEvent(ChangeRecorded.deleted(tenant, "production-bom", id, audited(bom)));
	}

	/** The version of an item with a label, for an import that replaces it. */
	Optional<UUID> find(TenantId tenant, UUID itemId, String version) {
		return this.jdbc.sql(
				"SELECT id FROM production_bom_version WHERE tenant_id = ? AND item_id = ? AND UPPER(version) = UPPER(?)")
			.params(tenant.value(), itemId, version)
			.query(UUID.class)
			.optional();
	}

	/** Checks a whole draft before anything is written, so no half-saved BOM is left. */
	private Stored checked(TenantId tenant, UUID self, BomDraft draft) {
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		ItemSummary parent = null;
		if (draft.itemId() == null) {
			errors.add(new KaiwuProblem.FieldError("itemId", "production.bom.problem.item-required"));
		}
		else {
			parent = this.items.item(tenant, draft.itemId()).orElse(null);
			if (parent == null) {
				errors
					.add(new KaiwuProblem.FieldError("itemId", "production.bom.problem.item-unknown", draft.itemId()));
			}
		}
		String version = Codes.code(draft.version(), "version", errors);
		if (version.length() > 20) {
			errors.add(new KaiwuProblem.FieldError("version", "production.problem.version-length"));
		}
		BigDecimal base = (draft.baseQuantity() != null) ? draft.baseQuantity() : BigDecimal.ONE;
		if (base.signum() <= 0 || base.compareTo(MAX_QUANTITY) >= 0) {
			errors.add(new KaiwuProblem.FieldError("baseQuantity", "production.bom.problem.base-quantity"));
		}
		if (draft.validFrom() == null) {
			errors.add(new KaiwuProblem.FieldError("validFrom", "production.problem.valid-from-required"));
		}
		else if (draft.validTo() != null && draft.validTo().isBefore(draft.validFrom())) {
			errors.add(new KaiwuProblem.FieldError("validTo", "production.problem.valid-to-before", draft.validTo(),
					draft.validFrom()));
		}
		List<BomLine> lines = lines(tenant, draft, parent, errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Effectivity effectivity = new Effectivity(draft.validFrom(), draft.validTo());
		List<Stored> others = stored(tenant, null, null).stream().filter((s) -> !s.id().equals(self)).toList();
		for (Stored other : others) {
			if (!other.itemId().equals(parent.id())) {
				continue;
			}
			if (other.version().equalsIgnoreCase(version)) {
				throw new KaiwuProblem.Conflict("production.bom.problem.version-taken", parent.code(), version);
			}
			if (other.effectivity().overlaps(effectivity)) {
				throw new KaiwuProblem.Conflict("production.bom.problem.overlap", parent.code(), version,
						other.version(), other.effectivity().from(), until(other.effectivity()));
			}
		}
		Stored candidate = new Stored(self, parent.id(), version, base, effectivity, lines,
				CurrentPrincipal.actorName(), Instant.now());
		Map<UUID, List<VersionNode>> byItem = others.stream()
			.map(Stored::node)
			.collect(Collectors.groupingBy(VersionNode::itemId));
		Optional<BomCycles.Cycle> cycle = BomCycles.find(candidate.node(), byItem);
		if (cycle.isPresent()) {
			String path = cycle.get()
				.path()
				.stream()
				.map((v) -> item(tenant, v.itemId()).code() + " (" + v.version() + ")")
				.collect(Collectors.joining(" → "));
			int line = cycle.get().line();
			throw new KaiwuProblem.InvalidInput("lines[" + line + "].componentItemId", "production.bom.problem.cycle",
					line + 1, path, version);
		}
		return candidate;
	}

	private List<BomLine> lines(TenantId tenant, BomDraft draft, @Nullable ItemSummary parent,
			List<KaiwuProblem.FieldError> errors) {
		List<BomDraft.Line> drafts = (draft.lines() != null) ? draft.lines() : List.of();
		if (drafts.isEmpty()) {
			errors.add(new KaiwuProblem.FieldError("lines", "production.bom.problem.no-lines"));
		}
		List<BomLine> lines = new ArrayList<>();
		Map<UUID, Integer> seen = new HashMap<>();
		for (int i = 0; i < drafts.size(); i++) {
			BomDraft.Line line = drafts.get(i);
			String at = "lines[" + i + "].";
			int number = i + 1;
			if (line == null) {
				errors
					.add(new KaiwuProblem.FieldError("lines[" + i + "]", "production.bom.problem.line-empty", number));
				continue;
			}
			boolean ok = true;
			if (line.componentItemId() == null) {
				errors.add(new KaiwuProblem.FieldError(at + "componentItemId",
						"production.bom.problem.component-required", number));
				ok = false;
			}
			else if (this.items.item(tenant, line.componentItemId()).isEmpty()) {
				errors.add(new KaiwuProblem.FieldError(at + "componentItemId",
						"production.bom.problem.component-unknown", number, line.componentItemId()));
				ok = false;
			}
			else {
				Integer first = seen.putIfAbsent(line.componentItemId(), number);
				if (first != null) {
					errors.add(new KaiwuProblem.FieldError(at + "componentItemId",
							"production.bom.problem.component-repeated", number, first));
					ok = false;
				}
			}
			if (line.quantity() == null || line.quantity().signum() <= 0
					|| line.quantity().compareTo(MAX_QUANTITY) >= 0) {
				errors
					.add(new KaiwuProblem.FieldError(at + "quantity", "production.bom.problem.line-quantity", number));
				ok = false;
			}
			BigDecimal scrap = (line.scrapPercent() != null) ? line.scrapPercent() : BigDecimal.ZERO;
			if (scrap.signum() < 0 || scrap.compareTo(HUNDRED) >= 0) {
				errors.add(new KaiwuProblem.FieldError(at + "scrapPercent", "production.bom.problem.scrap", number));
				ok = false;
			}
			if (ok) {
				lines.add(new BomLine(line.componentItemId(), line.quantity(), scrap));
			}
		}
		return lines;
	}

	private void insert(TenantId tenant, Stored s) {
		Timestamp now = Timestamp.from(s.updatedAt());
		this.jdbc
			.sql("""
					INSERT INTO production_bom_version (id, tenant_id, item_id, version, base_quantity, valid_from, valid_to,
					    updated_by, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(s.id(), tenant.value(), s.itemId(), s.version(), s.baseQuantity(),
					Date.valueOf(s.effectivity().from()), date(s.effectivity().to()), s.updatedBy(), now, now)
			.update();
		insertLines(tenant, s);
	}

	private void insertLines(TenantId tenant, Stored s) {
		for (int i = 0; i < s.lines().size(); i++) {
			BomLine line = s.lines().get(i);
			this.jdbc.sql("""
					INSERT INTO production_bom_line (id, tenant_id, bom_id, position, component_item_id, quantity,
					    scrap_percent)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), tenant.value(), s.id(), i + 1, line.componentItemId(), line.quantity(),
						line.scrapPercent())
				.update();
		}
	}

	private List<Stored> stored(TenantId tenant, @Nullable UUID itemId, @Nullable UUID id) {
		StringBuilder where = new StringBuilder(" WHERE v.tenant_id = ?");
		List<Object> params = new ArrayList<>(List.of(tenant.value()));
		if (itemId != null) {
			where.append(" AND v.item_id = ?");
			params.add(itemId);
		}
		if (id != null) {
			where.append(" AND v.id = ?");
			params.add(id);
		}
		Map<UUID, List<BomLine>> lines = new HashMap<>();
		this.jdbc
			.sql("SELECT l.bom_id, l.component_item_id, l.quantity, l.scrap_percent FROM production_bom_line l"
					+ " JOIN production_bom_version v ON v.id = l.bom_id" + where
					+ " AND l.tenant_id = v.tenant_id ORDER BY l.bom_id, l.position")
			.params(params)
			.query((rs) -> {
				lines.computeIfAbsent(rs.getObject("bom_id", UUID.class), (k) -> new ArrayList<>())
					.add(new BomLine(rs.getObject("component_item_id", UUID.class), plain(rs.getBigDecimal("quantity")),
							plain(rs.getBigDecimal("scrap_percent"))));
			});
		return this.jdbc.sql("SELECT * FROM production_bom_version v" + where + " ORDER BY v.item_id, v.valid_from")
			.params(params)
			.query((rs, n) -> stored(rs, lines))
			.list();
	}

	private static Stored stored(ResultSet rs, Map<UUID, List<BomLine>> lines) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Date to = rs.getDate("valid_to");
		return new Stored(id, rs.getObject("item_id", UUID.class), rs.getString("version"),
				plain(rs.getBigDecimal("base_quantity")),
				new Effectivity(rs.getDate("valid_from").toLocalDate(), (to != null) ? to.toLocalDate() : null),
				lines.getOrDefault(id, List.of()), rs.getString("updated_by"),
				rs.getTimestamp("updated_at").toInstant());
	}

	private List<BomDetails> details(TenantId tenant, List<Stored> stored) {
		Map<UUID, ItemSummary> known = new HashMap<>();
		List<BomDetails> out = new ArrayList<>();
		for (Stored s : stored) {
			ItemSummary parent = known.computeIfAbsent(s.itemId(), (id) -> item(tenant, id));
			List<BomDetails.Line> lines = new ArrayList<>();
			for (int i = 0; i < s.lines().size(); i++) {
				BomLine l = s.lines().get(i);
				ItemSummary c = known.computeIfAbsent(l.componentItemId(), (id) -> item(tenant, id));
				lines.add(new BomDetails.Line(i + 1, l.componentItemId(), c.code(), c.name(), c.baseUnitCode(),
						l.quantity(), l.scrapPercent()));
			}
			out.add(new BomDetails(s.id(), s.itemId(), parent.code(), parent.name(), s.version(), s.baseQuantity(),
					s.effectivity().from(), s.effectivity().to(), lines, s.updatedBy(), s.updatedAt()));
		}
		return out;
	}

	/** An item the BOMs refer to; one deleted from master data shows as its id. */
	private ItemSummary item(TenantId tenant, UUID id) {
		return this.items.item(tenant, id)
			.orElseGet(() -> new ItemSummary(id, id.toString(), "?", "", io.kaiwu.masterdata.DataGrade.GENERAL));
	}

	private static Object until(Effectivity effectivity) {
		return (effectivity.to() != null) ? effectivity.to() : "∞";
	}

	private static @Nullable Date date(@Nullable LocalDate day) {
		return (day != null) ? Date.valueOf(day) : null;
	}

	private static BigDecimal plain(BigDecimal value) {
		BigDecimal v = value.stripTrailingZeros();
		return (v.scale() < 0) ? v.setScale(0) : v;
	}

	private static Map<String, Object> audited(BomDetails b) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("item", b.itemCode());
		audit.put("version", b.version());
		audit.put("baseQuantity", b.baseQuantity().toPlainString());
		audit.put("validFrom", b.validFrom().toString());
		audit.put("validTo", (b.validTo() != null) ? b.validTo().toString() : null);
		audit.put("lines",
				b.lines()
					.stream()
					.map((l) -> l.componentCode() + " × " + l.quantity().toPlainString() + " (+"
							+ l.scrapPercent().toPlainString() + " %)")
					.toList());
		return audit;
	}

}
