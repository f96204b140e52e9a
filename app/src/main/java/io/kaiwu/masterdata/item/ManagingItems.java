package io.kaiwu.masterdata.item;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.masterdata.DataGrade;
import io.kaiwu.masterdata.sheet.Checked;
import io.kaiwu.masterdata.sheet.ImportReports;
import io.kaiwu.shared.Sheet;
import io.kaiwu.shared.SheetReader;
import io.kaiwu.masterdata.unit.ManagingUnits;
import io.kaiwu.masterdata.unit.Unit;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.ImportReport;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing, importing and exporting the tenant's items (物料). An import is one
 * transaction: a file with any bad row imports nothing, unless the user asks for the good
 * rows only. An export leaves out core-graded items unless the caller is a tenant admin.
 */
@Service
public class ManagingItems {

	private final Items items;

	private final ManagingUnits units;

	private final ImportReports reports;

	private final ApplicationEventPublisher events;

	ManagingItems(Items items, ManagingUnits units, ImportReports reports, ApplicationEventPublisher events) {
		this.items = items;
		this.units = units;
		this.reports = reports;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Page<Item> list(KaiwuPrincipal principal, @Nullable String q, @Nullable ItemKind kind, PageQuery page) {
		UUID tenant = principal.requireTenant().value();
		return Page.of(this.items.page(tenant, q, kind, page), this.items.count(tenant, q, kind), page);
	}

	@Transactional(readOnly = true)
	public Item get(KaiwuPrincipal principal, UUID id) {
		return this.items.find(principal.requireTenant().value(), id)
			.orElseThrow(() -> new KaiwuProblem.NotFound("item", id));
	}

	@Transactional
	public Item create(KaiwuPrincipal principal, ItemDraft draft) {
		UUID tenant = principal.requireTenant().value();
		UUID id = UUID.randomUUID();
		if (this.items.codeTaken(tenant, draft.code(), id)) {
			throw new KaiwuProblem.InvalidInput("code", "problem.item.code-taken", draft.code());
		}
		return insert(tenant, id, draft, unit(principal, draft.baseUnit()));
	}

	@Transactional
	public Item update(KaiwuPrincipal principal, UUID id, ItemDraft draft) {
		Item before = get(principal, id);
		if (this.items.codeTaken(before.tenant(), draft.code(), id)) {
			throw new KaiwuProblem.InvalidInput("code", "problem.item.code-taken", draft.code());
		}
		Unit unit = unit(principal, draft.baseUnit());
		Item after = new Item(id, before.tenant(), draft.code(), draft.name(), draft.kind(), unit.id(), unit.code(),
				draft.drawingNumber(), draft.specification(), draft.grade(), before.createdAt(), Instant.now());
		this.items.update(after);
		this.events.publishEvent(
				ChangeRecorded.updated(TenantId.of(before.tenant()), "item", id, before.snapshot(), after.snapshot()));
		return after;
	}

	@Transactional
	public void delete(KaiwuPrincipal principal, UUID id) {
		Item item = get(principal, id);
		this.items.delete(item);
		this.events.publishEvent(ChangeRecorded.deleted(TenantId.of(item.tenant()), "item", id, item.snapshot()));
	}

	/**
	 * Imports items from an {@code .xlsx} or {@code .csv} file; see {@link ItemRows} for
	 * the columns.
	 */
	@Transactional
	public ImportReport importFile(KaiwuPrincipal principal, String filename, InputStream content,
			boolean goodRowsOnly) {
		TenantId tenant = principal.requireTenant();
		Sheet sheet = SheetReader.read(filename, content, ItemRows.HEADINGS);
		Map<String, Unit> unitsByCode = this.units.byCode(tenant);
		Map<String, UUID> unitIds = unitsByCode.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().id()));
		Checked<ItemDraft> checked = ItemRows.check(sheet, unitIds, this.items.codes(tenant.value()));
		if (!checked.problems().isEmpty() && !goodRowsOnly) {
			return this.reports.report(sheet.rows().size(), 0, checked.problems());
		}
		Map<UUID, Unit> unitsById = unitsByCode.values().stream().collect(Collectors.toMap(Unit::id, (u) -> u));
		for (ItemDraft draft : checked.good()) {
			insert(tenant.value(), UUID.randomUUID(), draft, unitsById.get(draft.baseUnit()));
		}
		return this.reports.report(sheet.rows().size(), checked.good().size(), checked.problems());
	}

	/**
	 * The items to export: all of them for a tenant admin, all but the core-graded ones
	 * for everybody else.
	 */
	@Transactional(readOnly = true)
	public List<Item> export(KaiwuPrincipal principal) {
		Set<DataGrade> excluded = principal.has(Role.TENANT_ADMIN) ? Set.of() : Set.of(DataGrade.CORE);
		return this.items.all(principal.requireTenant().value(), excluded);
	}

	private Item insert(UUID tenant, UUID id, ItemDraft draft, Unit unit) {
		Instant now = Instant.now();
		Item item = new Item(id, tenant, draft.code(), draft.name(), draft.kind(), unit.id(), unit.code(),
				draft.drawingNumber(), draft.specification(), draft.grade(), now, now);
		this.items.insert(item);
		this.events.publishEvent(ChangeRecorded.created(TenantId.of(tenant), "item", id, item.snapshot()));
		return item;
	}

	private Unit unit(KaiwuPrincipal principal, UUID id) {
		try {
			return this.units.get(principal, id);
		}
		catch (KaiwuProblem.NotFound ex) {
			throw new KaiwuProblem.InvalidInput("baseUnitId", "problem.item.unit-unknown", id);
		}
	}

}
