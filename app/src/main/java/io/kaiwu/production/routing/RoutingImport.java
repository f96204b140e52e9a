package io.kaiwu.production.routing;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.production.resource.ImportResults;
import io.kaiwu.production.resource.ManagingWorkCentres;
import io.kaiwu.production.resource.SheetCells;
import io.kaiwu.production.resource.WorkCentres;
import io.kaiwu.shared.ImportReport;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Sheet;
import io.kaiwu.shared.SheetReader;
import io.kaiwu.shared.SheetRow;
import io.kaiwu.shared.TenantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports routing steps from an Excel ({@code .xlsx}) or CSV sheet: one row per step, the
 * rows of one item and version make that routing version (an existing version with that
 * label is replaced). Work centres and resources are given by code, alternative resources
 * as {@code CNC-01*1.2; CNC-02} (a speed factor after the star, 1 without). All or
 * nothing per file: every bad row is reported with its column and nothing is written.
 */
@Service
public class RoutingImport {

	/** The columns in template order. */
	public static final List<String> COLUMNS = List.of("item", "version", "productFamily", "validFrom", "validTo",
			"sequence", "operationCode", "operationName", "workCentre", "resources", "setupMinutes", "runSeconds",
			"transferBatch");

	static final List<String> REQUIRED = List.of("item", "version", "productFamily", "validFrom", "sequence",
			"operationCode", "operationName", "workCentre", "resources", "runSeconds");

	/** The column name by lower-case heading, in English and Chinese. */
	public static final Map<String, String> HEADINGS = Map.ofEntries(Map.entry("item", "item"), Map.entry("物料", "item"),
			Map.entry("物料编码", "item"), Map.entry("version", "version"), Map.entry("版本", "version"),
			Map.entry("productfamily", "productFamily"), Map.entry("产品族", "productFamily"),
			Map.entry("validfrom", "validFrom"), Map.entry("生效日期", "validFrom"), Map.entry("validto", "validTo"),
			Map.entry("失效日期", "validTo"), Map.entry("sequence", "sequence"), Map.entry("工序号", "sequence"),
			Map.entry("operationcode", "operationCode"), Map.entry("工序编码", "operationCode"),
			Map.entry("operationname", "operationName"), Map.entry("工序名称", "operationName"),
			Map.entry("workcentre", "workCentre"), Map.entry("工作中心", "workCentre"), Map.entry("工作中心编码", "workCentre"),
			Map.entry("resources", "resources"), Map.entry("可选资源", "resources"),
			Map.entry("setupminutes", "setupMinutes"), Map.entry("准备时间(分钟)", "setupMinutes"),
			Map.entry("准备时间（分钟）", "setupMinutes"), Map.entry("runseconds", "runSeconds"),
			Map.entry("单件工时(秒)", "runSeconds"), Map.entry("单件工时（秒）", "runSeconds"),
			Map.entry("transferbatch", "transferBatch"), Map.entry("转移批量", "transferBatch"));

	private static final Pattern STEP_FIELD = Pattern.compile("steps\\[(\\d+)]\\.(\\w+).*");

	private final ManagingRoutings routings;

	private final ManagingWorkCentres centres;

	private final ItemCatalog items;

	private final ImportResults results;

	RoutingImport(ManagingRoutings routings, ManagingWorkCentres centres, ItemCatalog items, ImportResults results) {
		this.routings = routings;
		this.centres = centres;
		this.items = items;
		this.results = results;
	}

	private record Group(String version, int firstRow, List<Integer> rows, RoutingDraft draft) {
	}

	/** The tenant's work centres and resources by upper-case code. */
	private record Codes(Map<String, UUID> centres, Map<String, UUID> resources) {
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
		Codes codes = codes(tenant);
		Map<String, List<SheetRow>> byVersion = new LinkedHashMap<>();
		for (SheetRow row : sheet.rows()) {
			String key = row.get("item").toUpperCase(Locale.ROOT) + "\n" + row.get("version").toUpperCase(Locale.ROOT);
			byVersion.computeIfAbsent(key, (k) -> new ArrayList<>()).add(row);
		}
		List<Group> groups = new ArrayList<>();
		for (List<SheetRow> rows : byVersion.values()) {
			group(tenant, codes, rows, problems).ifPresent(groups::add);
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

	private Codes codes(TenantId tenant) {
		Map<String, UUID> centres = new HashMap<>();
		for (WorkCentres.WorkCentre centre : this.centres.workCentres(tenant)) {
			centres.put(centre.code().toUpperCase(Locale.ROOT), centre.id());
		}
		Map<String, UUID> resources = new HashMap<>();
		for (WorkCentres.Resource resource : this.centres.allResources(tenant)) {
			resources.put(resource.code().toUpperCase(Locale.ROOT), resource.id());
		}
		return new Codes(centres, resources);
	}

	private Optional<Group> group(TenantId tenant, Codes codes, List<SheetRow> rows,
			List<SheetCells.Problem> problems) {
		List<SheetCells> cells = rows.stream().map(SheetCells::new).toList();
		SheetCells first = cells.get(0);
		String itemCode = first.required("item");
		String version = first.required("version");
		Optional<ItemCatalog.ItemSummary> item = itemCode.isEmpty() ? Optional.empty()
				: this.items.byCode(tenant, itemCode);
		if (!itemCode.isEmpty() && item.isEmpty()) {
			first.problem("item", "production.import.item-unknown", itemCode);
		}
		String family = first.required("productFamily");
		LocalDate from = first.date("validFrom", true);
		LocalDate to = first.date("validTo", false);
		List<RoutingDraft.Step> steps = new ArrayList<>();
		for (SheetCells row : cells) {
			if (row != first) {
				same(row, first, "productFamily", row.optional("productFamily").equals(family));
				same(row, first, "validFrom", Objects.equals(row.date("validFrom", true), from));
				same(row, first, "validTo", Objects.equals(row.date("validTo", false), to));
			}
			String centreCode = row.required("workCentre");
			UUID centre = codes.centres().get(centreCode.toUpperCase(Locale.ROOT));
			if (!centreCode.isEmpty() && centre == null) {
				row.problem("workCentre", "production.import.work-centre-unknown", centreCode);
			}
			steps.add(new RoutingDraft.Step(row.whole("sequence"), row.required("operationCode"),
					row.required("operationName"), centre, alternatives(row, codes),
					row.decimal("setupMinutes", BigDecimal.ZERO), row.decimal("runSeconds", null),
					row.optional("transferBatch").isEmpty() ? null : row.decimal("transferBatch", null)));
		}
		cells.forEach((c) -> problems.addAll(c.problems()));
		if (cells.stream().anyMatch((c) -> !c.ok())) {
			return Optional.empty();
		}
		return Optional.of(new Group(version, first.number(), rows.stream().map(SheetRow::number).toList(),
				new RoutingDraft(item.get().id(), version, family, from, to, steps)));
	}

	/** {@code CNC-01*1.2; CNC-02}: resource codes, each with an optional speed factor. */
	private static List<RoutingDraft.Alternative> alternatives(SheetCells row, Codes codes) {
		AlternativeCodes.Parsed parsed = AlternativeCodes.parse(row.required("resources"), codes.resources());
		parsed.problems().forEach((p) -> row.problem("resources", p.messageKey(), p.text()));
		return parsed.alternatives();
	}

	private static void same(SheetCells row, SheetCells first, String column, boolean same) {
		if (!same) {
			row.problem(column, "production.import.differs", first.number());
		}
	}

	private void save(TenantId tenant, Group group, List<SheetCells.Problem> problems) {
		try {
			Optional<UUID> existing = this.routings.find(tenant, group.draft().itemId(), group.version());
			if (existing.isPresent()) {
				this.routings.update(tenant, existing.get(), group.draft());
			}
			else {
				this.routings.create(tenant, group.draft());
			}
		}
		catch (KaiwuProblem.InvalidInput invalid) {
			for (KaiwuProblem.FieldError error : invalid.errors()) {
				problems.add(located(group, error.field(), error.messageKey(), error.args()));
			}
		}
		catch (KaiwuProblem problem) {
			problems.add(new SheetCells.Problem(group.firstRow(), "version", problem.messageKey(), problem.args()));
		}
	}

	/** A field of the draft as the row and column of the sheet it came from. */
	private static SheetCells.Problem located(Group group, String field, String key, Object[] args) {
		Matcher step = STEP_FIELD.matcher(field);
		if (step.matches()) {
			String column = switch (step.group(2)) {
				case "resources" -> "resources";
				case "name" -> "operationName";
				case "workCentreId" -> "workCentre";
				case "runSecondsPerUnit" -> "runSeconds";
				default -> step.group(2);
			};
			return new SheetCells.Problem(group.rows().get(Integer.parseInt(step.group(1))), column, key, args);
		}
		return new SheetCells.Problem(group.firstRow(), field.equals("itemId") ? "item" : field, key, args);
	}

}
