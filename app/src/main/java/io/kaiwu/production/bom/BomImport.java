package io.kaiwu.production.bom;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.production.resource.ImportResults;
import io.kaiwu.production.resource.SheetCells;
import io.kaiwu.shared.ImportReport;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Sheet;
import io.kaiwu.shared.SheetReader;
import io.kaiwu.shared.SheetRow;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports BOM lines from an Excel ({@code .xlsx}) or CSV sheet: one row per component
 * line, the rows of one parent and version make that BOM version (an existing version
 * with that label is replaced). All or nothing per file: every bad row is reported with
 * its column and nothing is written, including the cycles and overlaps the saving finds.
 */
@Service
public class BomImport {

	/** The columns in template order. */
	public static final List<String> COLUMNS = List.of("parent", "version", "baseQuantity", "validFrom", "validTo",
			"component", "quantity", "scrapPercent");

	/** The required columns. */
	static final List<String> REQUIRED = List.of("parent", "version", "validFrom", "component", "quantity");

	/** The column name by lower-case heading, in English and Chinese. */
	public static final Map<String, String> HEADINGS = Map.ofEntries(Map.entry("parent", "parent"),
			Map.entry("父项物料", "parent"), Map.entry("父项物料编码", "parent"), Map.entry("version", "version"),
			Map.entry("版本", "version"), Map.entry("basequantity", "baseQuantity"), Map.entry("基本数量", "baseQuantity"),
			Map.entry("validfrom", "validFrom"), Map.entry("生效日期", "validFrom"), Map.entry("validto", "validTo"),
			Map.entry("失效日期", "validTo"), Map.entry("component", "component"), Map.entry("子项物料", "component"),
			Map.entry("子项物料编码", "component"), Map.entry("quantity", "quantity"), Map.entry("用量", "quantity"),
			Map.entry("scrappercent", "scrapPercent"), Map.entry("损耗率", "scrapPercent"),
			Map.entry("损耗率%", "scrapPercent"));

	private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

	private final ManagingBoms boms;

	private final ItemCatalog items;

	private final ImportResults results;

	BomImport(ManagingBoms boms, ItemCatalog items, ImportResults results) {
		this.boms = boms;
		this.items = items;
		this.results = results;
	}

	/** The rows of one parent's version, and the draft they make. */
	private record Group(String version, SheetCells first, List<Integer> rows, BomDraft draft) {
	}

	@Transactional
	public ImportReport importFile(TenantId tenant, String filename, InputStream content) {
		Sheet sheet = SheetReader.read(filename, content, HEADINGS);
		List<SheetCells.Problem> problems = new ArrayList<>();
		for (String column : REQUIRED) {
			if (!sheet.columns().contains(column)) {
				problems.add(new SheetCells.Problem(1, column, "production.import.column-missing", column));
			}
		}
		if (!problems.isEmpty()) {
			return this.results.report(sheet.rows().size(), 0, problems);
		}
		Map<String, List<SheetRow>> byVersion = new LinkedHashMap<>();
		for (SheetRow row : sheet.rows()) {
			String key = row.get("parent").toUpperCase(java.util.Locale.ROOT) + "\n"
					+ row.get("version").toUpperCase(java.util.Locale.ROOT);
			byVersion.computeIfAbsent(key, (k) -> new ArrayList<>()).add(row);
		}
		List<Group> groups = new ArrayList<>();
		for (List<SheetRow> rows : byVersion.values()) {
			group(tenant, rows, problems).ifPresent(groups::add);
		}
		if (!problems.isEmpty()) {
			return this.results.report(sheet.rows().size(), 0, problems);
		}
		for (Group group : groups) {
			save(tenant, group, problems);
		}
		if (!problems.isEmpty()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return this.results.report(sheet.rows().size(), 0, problems);
		}
		return this.results.report(sheet.rows().size(), sheet.rows().size(), List.of());
	}

	private Optional<Group> group(TenantId tenant, List<SheetRow> rows, List<SheetCells.Problem> problems) {
		List<SheetCells> cells = rows.stream().map(SheetCells::new).toList();
		SheetCells first = cells.get(0);
		String parentCode = first.required("parent");
		String version = first.required("version");
		Optional<ItemCatalog.ItemSummary> parent = parentCode.isEmpty() ? Optional.empty()
				: this.items.byCode(tenant, parentCode);
		if (!parentCode.isEmpty() && parent.isEmpty()) {
			first.problem("parent", "production.import.item-unknown", parentCode);
		}
		BigDecimal base = first.decimal("baseQuantity", BigDecimal.ONE);
		LocalDate from = first.date("validFrom", true);
		LocalDate to = first.date("validTo", false);
		List<BomDraft.Line> lines = new ArrayList<>();
		for (SheetCells row : cells) {
			if (row != first) {
				// the version's own cells must read the same on each of its rows
				same(row, first, "baseQuantity", Objects.equals(row.decimal("baseQuantity", BigDecimal.ONE), base));
				same(row, first, "validFrom", Objects.equals(row.date("validFrom", true), from));
				same(row, first, "validTo", Objects.equals(row.date("validTo", false), to));
			}
			String componentCode = row.required("component");
			UUID component = null;
			if (!componentCode.isEmpty()) {
				component = this.items.byCode(tenant, componentCode).map(ItemCatalog.ItemSummary::id).orElse(null);
				if (component == null) {
					row.problem("component", "production.import.item-unknown", componentCode);
				}
			}
			lines.add(new BomDraft.Line(component, row.decimal("quantity", null),
					row.decimal("scrapPercent", BigDecimal.ZERO)));
		}
		cells.forEach((c) -> problems.addAll(c.problems()));
		if (cells.stream().anyMatch((c) -> !c.ok())) {
			return Optional.empty();
		}
		return Optional.of(new Group(version, first, rows.stream().map(SheetRow::number).toList(),
				new BomDraft(parent.get().id(), version, base, from, to, lines)));
	}

	private static void same(SheetCells row, SheetCells first, String column, boolean same) {
		if (!same) {
			row.problem(column, "production.import.differs", first.number());
		}
	}

	/** Saves one version; what the saving refuses becomes row problems. */
	private void save(TenantId tenant, Group group, List<SheetCells.Problem> problems) {
		try {
			Optional<UUID> existing = this.boms.find(tenant, group.draft().itemId(), group.version());
			if (existing.isPresent()) {
				this.boms.update(tenant, existing.get(), group.draft());
			}
			else {
				this.boms.create(tenant, group.draft());
			}
		}
		catch (KaiwuProblem.InvalidInput invalid) {
			for (KaiwuProblem.FieldError error : invalid.errors()) {
				problems.add(located(group, error.field(), error.messageKey(), error.args()));
			}
		}
		catch (KaiwuProblem problem) {
			problems
				.add(new SheetCells.Problem(group.first().number(), "version", problem.messageKey(), problem.args()));
		}
	}

	/** A field of the draft as the row and column of the sheet it came from. */
	private static SheetCells.Problem located(Group group, String field, String key, Object[] args) {
		Matcher line = LINE_FIELD.matcher(field);
		if (line.matches()) {
			int index = Integer.parseInt(line.group(1));
			String column = switch (line.group(2)) {
				case "componentItemId" -> "component";
				case "quantity" -> "quantity";
				default -> "scrapPercent";
			};
			return new SheetCells.Problem(group.rows().get(index), column, key, args);
		}
		return new SheetCells.Problem(group.first().number(), column(field), key, args);
	}

	private static String column(@Nullable String field) {
		if (field == null || field.equals("itemId")) {
			return "parent";
		}
		return field.startsWith("lines") ? "component" : field;
	}

}
