package io.kaiwu.masterdata.partner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.kaiwu.masterdata.DataGrade;
import io.kaiwu.masterdata.item.ItemRows;
import io.kaiwu.masterdata.sheet.Checked;
import io.kaiwu.masterdata.sheet.RowCheck;
import io.kaiwu.masterdata.sheet.RowProblem;
import io.kaiwu.shared.Sheet;
import io.kaiwu.shared.SheetRow;

/**
 * The columns of a partner sheet and the rules of each imported row: a partner is a
 * supplier, a customer or both; a supplier needs its tier (1–9).
 */
public final class PartnerRows {

	public static final List<String> COLUMNS = List.of("code", "name", "supplier", "supplierTier", "customer",
			"contactPerson", "phone", "email", "region", "grade");

	static final List<String> REQUIRED = List.of("code", "name");

	public static final Map<String, String> HEADINGS = headings();

	private PartnerRows() {
	}

	/**
	 * Checks every row.
	 * @param sheet the imported sheet.
	 * @param existingCodes the partner codes the tenant already has.
	 */
	public static Checked<PartnerDraft> check(Sheet sheet, Set<String> existingCodes) {
		List<RowProblem> missing = Checked.missingColumns(sheet, REQUIRED);
		if (!missing.isEmpty()) {
			return new Checked<>(List.of(), missing);
		}
		List<PartnerDraft> good = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (SheetRow row : sheet.rows()) {
			RowCheck check = new RowCheck(row);
			String code = check.code("code", 50);
			String name = check.required("name", 200);
			boolean supplier = check.flag("supplier");
			Integer tier = check.number("supplierTier", 1, 9);
			boolean customer = check.flag("customer");
			if (check.ok() && !supplier && !customer) {
				check.problem("supplier", "problem.partner.role-required");
			}
			if (supplier && tier == null && row.get("supplierTier").isEmpty()) {
				check.problem("supplierTier", "problem.partner.tier-required");
			}
			String contact = check.optional("contactPerson", 100);
			String phone = check.optional("phone", 50);
			String email = check.optional("email", 200);
			if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
				check.problem("email", "problem.import.email", email);
			}
			String region = check.optional("region", 100);
			DataGrade grade = check.choice("grade", DataGrade.class, ItemRows.GRADES, DataGrade.GENERAL);
			if (!code.isEmpty()) {
				Integer first = seen.putIfAbsent(code, row.number());
				if (first != null) {
					check.problem("code", "problem.import.duplicate-in-file", code, first);
				}
				else if (existingCodes.contains(code)) {
					check.problem("code", "problem.import.duplicate-in-database", code);
				}
			}
			if (check.ok() && grade != null) {
				good.add(new PartnerDraft(code, name, supplier, supplier ? tier : null, customer, contact, phone, email,
						region, grade));
			}
			problems.addAll(check.problems());
		}
		return new Checked<>(good, problems);
	}

	private static Map<String, String> headings() {
		Map<String, String> headings = new LinkedHashMap<>();
		COLUMNS.forEach((c) -> headings.put(c.toLowerCase(Locale.ROOT), c));
		headings.put("编码", "code");
		headings.put("伙伴编码", "code");
		headings.put("名称", "name");
		headings.put("供应商", "supplier");
		headings.put("供应商层级", "supplierTier");
		headings.put("客户", "customer");
		headings.put("联系人", "contactPerson");
		headings.put("电话", "phone");
		headings.put("邮箱", "email");
		headings.put("国家/地区", "region");
		headings.put("地区", "region");
		headings.put("数据分级", "grade");
		headings.put("分级", "grade");
		return Map.copyOf(headings);
	}

}
