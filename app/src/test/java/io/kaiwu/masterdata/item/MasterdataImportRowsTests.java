package io.kaiwu.masterdata.item;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.masterdata.DataGrade;
import io.kaiwu.masterdata.partner.PartnerDraft;
import io.kaiwu.masterdata.partner.PartnerRows;
import io.kaiwu.masterdata.sheet.Checked;
import io.kaiwu.masterdata.sheet.RowProblem;
import io.kaiwu.shared.Sheet;
import io.kaiwu.shared.SheetRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The row rules of item and partner imports, without Spring or a database. */
class MasterdataImportRowsTests {

	static final UUID KG = UUID.randomUUID();

	static SheetRow row(int number, String... cells) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < cells.length; i += 2) {
			map.put(cells[i], cells[i + 1]);
		}
		return new SheetRow(number, map);
	}

	static List<String> problems(Checked<?> checked) {
		return checked.problems().stream().map((p) -> p.row() + ":" + p.column() + ":" + p.messageKey()).toList();
	}

	@Test
	void acceptsAGoodItemRowWithChineseWordsAndDefaultsTheGrade() {
		Sheet sheet = new Sheet(List.of("code", "name", "kind", "unit"),
				List.of(row(2, "code", "RM-1", "name", "棒料", "kind", "原材料", "unit", "kg")));
		Checked<ItemDraft> checked = ItemRows.check(sheet, Map.of("kg", KG), Set.of());
		assertThat(checked.problems()).isEmpty();
		assertThat(checked.good())
			.containsExactly(new ItemDraft("RM-1", "棒料", ItemKind.RAW_MATERIAL, KG, "", "", DataGrade.GENERAL));
	}

	@Test
	void namesEveryBadCellOfEveryItemRow() {
		Sheet sheet = new Sheet(List.of("code", "name", "kind", "unit", "grade"),
				List.of(row(2, "code", "RM 1", "name", "", "kind", "metal", "unit", "kg", "grade", "secret"),
						row(3, "code", "RM-2", "name", "x".repeat(201), "kind", "FINISHED", "unit", "lb"),
						row(5, "code", "RM-2", "name", "again", "kind", "finished", "unit", "kg"),
						row(6, "code", "OLD", "name", "exists", "kind", "成品", "unit", "kg")));
		Checked<ItemDraft> checked = ItemRows.check(sheet, Map.of("kg", KG), Set.of("OLD"));
		assertThat(checked.good()).isEmpty();
		assertThat(problems(checked)).containsExactly("2:code:problem.import.code-format",
				"2:name:problem.import.required", "2:kind:problem.import.choice", "2:grade:problem.import.choice",
				"3:name:problem.import.too-long", "3:unit:problem.import.unit-unknown",
				"5:code:problem.import.duplicate-in-file", "6:code:problem.import.duplicate-in-database");
		RowProblem duplicate = checked.problems().get(6);
		assertThat(duplicate.args()).containsExactly("RM-2", 3);
	}

	@Test
	void reportsMissingRequiredColumnsOnTheHeaderRow() {
		Sheet sheet = new Sheet(List.of("code", "name"), List.of(row(2, "code", "A", "name", "B")));
		assertThat(problems(ItemRows.check(sheet, Map.of(), Set.of())))
			.containsExactly("1:kind:problem.import.column-missing", "1:unit:problem.import.column-missing");
	}

	@Test
	void aSupplierNeedsATierAndAPartnerARole() {
		Sheet sheet = new Sheet(List.of("code", "name", "supplier", "supplierTier", "customer"),
				List.of(row(2, "code", "S1", "name", "一级", "supplier", "是", "supplierTier", "1"),
						row(3, "code", "S2", "name", "无层级", "supplier", "yes"),
						row(4, "code", "N1", "name", "都不是", "supplier", "否", "customer", "no"),
						row(5, "code", "S3", "name", "怪值", "supplier", "maybe", "customer", "1"),
						row(6, "code", "C1", "name", "客户", "customer", "1", "supplierTier", "3")));
		Checked<PartnerDraft> checked = PartnerRows.check(sheet, Set.of());
		assertThat(problems(checked)).containsExactly("3:supplierTier:problem.partner.tier-required",
				"4:supplier:problem.partner.role-required", "5:supplier:problem.import.flag");
		assertThat(checked.good()).extracting(PartnerDraft::code).containsExactly("S1", "C1");
		assertThat(checked.good().get(1).supplierTier()).isNull();
	}

}
