package io.kaiwu.quality.inspection.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaiwu.quality.inspection.plan.Characteristic;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.quality.inspection.plan.InspectionPlan;
import io.kaiwu.quality.inspection.plan.PlanDraft;
import io.kaiwu.quality.inspection.plan.PlanDraft.CharacteristicDraft;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * The plan form as the browser sends it: plan fields, then one row of fields per
 * characteristic ({@code c0.code}, {@code c0.nominal}, …). Blank rows are left out; the
 * services' reasons, which name the draft's characteristics by index, are put back on the
 * rows they came from.
 *
 * @param values every field by name, as typed, to show the form again
 * @param rows the number of characteristic rows to show
 */
public record PlanForm(Map<String, String> values, int rows) {

	static final List<String> ROW_FIELDS = List.of("id", "code", "name", "type", "nominal", "lowerTolerance",
			"upperTolerance", "lowerLimit", "upperLimit", "unit", "defectTypes", "sampleSize", "frequencyKind",
			"frequencyEvery", "method", "gauge");

	private static final Pattern DRAFT_FIELD = Pattern.compile("^characteristics\\[(\\d+)\\](.*)$");

	/** Extra empty rows under a plan's characteristics, for new ones. */
	static final int SPARE_ROWS = 2;

	public String value(String field) {
		return this.values.getOrDefault(field, "");
	}

	public String row(int row, String field) {
		return value("c" + row + "." + field);
	}

	static PlanForm empty(String kind) {
		return new PlanForm(Map.of("kind", kind), 3);
	}

	static PlanForm of(InspectionPlan plan, String itemCode) {
		Map<String, String> v = new LinkedHashMap<>();
		v.put("itemCode", itemCode);
		v.put("operation", text(plan.operation()));
		v.put("kind", plan.kind().name());
		v.put("name", plan.name());
		v.put("description", text(plan.description()));
		v.put("active", String.valueOf(plan.active()));
		for (int i = 0; i < plan.characteristics().size(); i++) {
			Characteristic c = plan.characteristics().get(i);
			String at = "c" + i + ".";
			v.put(at + "id", c.id().toString());
			v.put(at + "code", c.code());
			v.put(at + "name", c.name());
			v.put(at + "type", c.type().name());
			v.put(at + "nominal", number(c.nominal()));
			v.put(at + "lowerLimit", number(c.lowerLimit()));
			v.put(at + "upperLimit", number(c.upperLimit()));
			v.put(at + "unit", text(c.unit()));
			v.put(at + "defectTypes", String.join("、", c.defectTypes()));
			v.put(at + "sampleSize", String.valueOf(c.sampleSize()));
			v.put(at + "frequencyKind", c.frequency().kind().name());
			v.put(at + "frequencyEvery", (c.frequency().every() != null) ? c.frequency().every().toString() : "");
			v.put(at + "method", text(c.method()));
			v.put(at + "gauge", text(c.gauge()));
		}
		return new PlanForm(v, plan.characteristics().size() + SPARE_ROWS);
	}

	static PlanForm of(MultiValueMap<String, String> params) {
		Map<String, String> v = new LinkedHashMap<>();
		int rows = 0;
		for (Map.Entry<String, List<String>> e : params.entrySet()) {
			if (!e.getValue().isEmpty() && e.getValue().get(0) != null) {
				v.put(e.getKey(), e.getValue().get(0));
			}
			Matcher row = Pattern.compile("^c(\\d+)\\.").matcher(e.getKey());
			if (row.find()) {
				rows = Math.max(rows, Integer.parseInt(row.group(1)) + 1);
			}
		}
		return new PlanForm(v, Math.min(rows, 100));
	}

	/** The rows that hold anything, as the draft's characteristics, in order. */
	List<Integer> filledRows() {
		List<Integer> filled = new ArrayList<>();
		for (int i = 0; i < this.rows; i++) {
			final int row = i;
			if (ROW_FIELDS.stream()
				.filter((f) -> !f.equals("type") && !f.equals("frequencyKind"))
				.anyMatch((f) -> !row(row, f).isBlank())) {
				filled.add(i);
			}
		}
		return filled;
	}

	/**
	 * The draft the services check; a number that is no number is refused here, on its
	 * row.
	 */
	PlanDraft draft() {
		List<FieldError> errors = new ArrayList<>();
		List<CharacteristicDraft> characteristics = new ArrayList<>();
		for (int row : filledRows()) {
			String at = "c" + row + ".";
			characteristics.add(new CharacteristicDraft(uuid(row(row, "id")), blankToNull(row(row, "code")),
					blankToNull(row(row, "name")), blankToNull(row(row, "type")), decimal(at, "nominal", errors),
					decimal(at, "lowerTolerance", errors), decimal(at, "upperTolerance", errors),
					decimal(at, "lowerLimit", errors), decimal(at, "upperLimit", errors), blankToNull(row(row, "unit")),
					defectTypes(row(row, "defectTypes")), whole(at, "sampleSize", errors),
					new PlanDraft.FrequencyDraft(blankToNull(row(row, "frequencyKind")),
							whole(at, "frequencyEvery", errors)),
					blankToNull(row(row, "method")), blankToNull(row(row, "gauge"))));
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return new PlanDraft(null, blankToNull(value("itemCode")), blankToNull(value("operation")),
				blankToNull(value("kind")), blankToNull(value("name")), blankToNull(value("description")),
				!"false".equals(value("active")), characteristics);
	}

	/**
	 * The services' field names put on the form's: {@code characteristics[1].code} is the
	 * code of the second filled row.
	 */
	String formField(String field) {
		Matcher m = DRAFT_FIELD.matcher(field);
		if (!m.matches()) {
			return field;
		}
		List<Integer> filled = filledRows();
		int index = Integer.parseInt(m.group(1));
		String rest = m.group(2).startsWith(".") ? m.group(2).substring(1) : m.group(2);
		rest = rest.replaceFirst("^frequency\\.kind", "frequencyKind")
			.replaceFirst("^frequency\\.every", "frequencyEvery")
			.replaceFirst("^defectTypes\\[\\d+\\]", "defectTypes");
		return (index < filled.size()) ? "c" + filled.get(index) + "." + rest : field;
	}

	private @Nullable Double decimal(String at, String field, List<FieldError> errors) {
		String raw = value(at + field).strip();
		if (raw.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(raw).doubleValue();
		}
		catch (NumberFormatException ex) {
			errors.add(new FieldError(at + field, "quality.inspection.page.not-a-number", raw));
			return null;
		}
	}

	private @Nullable Integer whole(String at, String field, List<FieldError> errors) {
		String raw = value(at + field).strip();
		if (raw.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(raw);
		}
		catch (NumberFormatException ex) {
			errors.add(new FieldError(at + field, "quality.inspection.page.not-a-whole-number", raw));
			return null;
		}
	}

	private static List<String> defectTypes(String raw) {
		return Arrays.stream(raw.split("[,，、;；\\n]")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	private static @Nullable UUID uuid(String raw) {
		try {
			return raw.isBlank() ? null : UUID.fromString(raw.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable String blankToNull(String value) {
		return FieldChecks.blank(value) ? null : value;
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

	private static String number(@Nullable Double value) {
		return (value != null) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : "";
	}

}
