package io.kaiwu.masterdata.item;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.masterdata.DataGrade;
import io.kaiwu.masterdata.sheet.Checked;
import io.kaiwu.masterdata.sheet.RowCheck;
import io.kaiwu.masterdata.sheet.RowProblem;
import io.kaiwu.shared.Sheet;
import io.kaiwu.shared.SheetRow;

/**
 * The columns of an item sheet and the rules of each imported row. Headings may be the
 * English column names or the Chinese ones; kinds and grades may be the constant or its
 * Chinese word.
 */
public final class ItemRows {

	public static final List<String> COLUMNS = List.of("code", "name", "kind", "unit", "drawingNumber", "specification",
			"grade");

	static final List<String> REQUIRED = List.of("code", "name", "kind", "unit");

	public static final Map<String, String> HEADINGS = headings();

	static final Map<String, ItemKind> KINDS = Map.of("原材料", ItemKind.RAW_MATERIAL, "半成品", ItemKind.SEMI_FINISHED, "成品",
			ItemKind.FINISHED, "raw_material", ItemKind.RAW_MATERIAL, "semi_finished", ItemKind.SEMI_FINISHED,
			"finished", ItemKind.FINISHED);

	public static final Map<String, DataGrade> GRADES = Map.of("一般", DataGrade.GENERAL, "重要", DataGrade.IMPORTANT, "核心",
			DataGrade.CORE, "general", DataGrade.GENERAL, "important", DataGrade.IMPORTANT, "core", DataGrade.CORE);

	private ItemRows() {
	}

	/**
	 * Checks every row.
	 * @param sheet the imported sheet.
	 * @param units the tenant's unit ids by code.
	 * @param existingCodes the item codes the tenant already has.
	 */
	public static Checked<ItemDraft> check(Sheet sheet, Map<String, UUID> units, Set<String> existingCodes) {
		List<RowProblem> missing = Checked.missingColumns(sheet, REQUIRED);
		if (!missing.isEmpty()) {
			return new Checked<>(List.of(), missing);
		}
		List<ItemDraft> good = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (SheetRow row : sheet.rows()) {
			RowCheck check = new RowCheck(row);
			String code = check.code("code", 50);
			String name = check.required("name", 200);
			ItemKind kind = check.choice("kind", ItemKind.class, KINDS, null);
			String unitCode = check.required("unit", 20);
			UUID unit = units.get(unitCode);
			if (!unitCode.isEmpty() && unit == null) {
				check.problem("unit", "problem.import.unit-unknown", unitCode);
			}
			String drawing = check.optional("drawingNumber", 100);
			String specification = check.optional("specification", 1000);
			DataGrade grade = check.choice("grade", DataGrade.class, GRADES, DataGrade.GENERAL);
			if (!code.isEmpty()) {
				Integer first = seen.putIfAbsent(code, row.number());
				if (first != null) {
					check.problem("code", "problem.import.duplicate-in-file", code, first);
				}
				else if (existingCodes.contains(code)) {
					check.problem("code", "problem.import.duplicate-in-database", code);
				}
			}
			if (check.ok() && kind != null && unit != null && grade != null) {
				good.add(new ItemDraft(code, name, kind, unit, drawing, specification, grade));
			}
			problems.addAll(check.problems());
		}
		return new Checked<>(good, problems);
	}

	private static Map<String, String> headings() {
		Map<String, String> headings = new LinkedHashMap<>();
		COLUMNS.forEach((c) -> headings.put(c.toLowerCase(java.util.Locale.ROOT), c));
		headings.put("编码", "code");
		headings.put("物料编码", "code");
		headings.put("名称", "name");
		headings.put("物料名称", "name");
		headings.put("类型", "kind");
		headings.put("物料类型", "kind");
		headings.put("计量单位", "unit");
		headings.put("单位", "unit");
		headings.put("图号", "drawingNumber");
		headings.put("规格", "specification");
		headings.put("数据分级", "grade");
		headings.put("分级", "grade");
		return Map.copyOf(headings);
	}

}
