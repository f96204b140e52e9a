package io.kaiwu.quality.inspection.record;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.quality.inspection.plan.Characteristic;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * The rules a subgroup meets before it is stored, each refusal naming its field: a
 * variable characteristic takes exactly its sample size of finite numbers and no counts;
 * an attribute one takes counts (nonconforming no more than inspected, a nonconforming
 * unit has at least one defect) and defects only of its types; nothing is taken in the
 * future.
 */
final class SubgroupChecks {

	/** Clock skew allowed between a tablet and the server. */
	static final Duration SKEW = Duration.ofMinutes(5);

	private SubgroupChecks() {
	}

	/**
	 * A subgroup's fields, checked.
	 *
	 * @param outOfSpec measured values outside the spec limits
	 */
	record Checked(Instant takenAt, List<Double> values, int inspected, int nonconforming,
			Map<String, Integer> defectCounts, int defects, int outOfSpec) {
	}

	/**
	 * Checks one subgroup of {@code c}; errors are added with field names after
	 * {@code at} (e.g. {@code subgroups[0].}).
	 * @return the checked subgroup, or {@literal null} when it has errors
	 */
	static @Nullable Checked check(Characteristic c, SubgroupDraft d, String at, Instant now, List<FieldError> errors) {
		int before = errors.size();
		Instant takenAt = takenAt(d.takenAt(), at + "takenAt", now, errors);
		if (c.variable()) {
			List<Double> values = values(c, d.values(), at + "values", errors);
			if (d.inspected() != null || d.nonconforming() != null || (d.defects() != null && !d.defects().isEmpty())) {
				errors.add(new FieldError(at + "inspected", "quality.inspection.problem.counts-on-variable", c.code()));
			}
			if (errors.size() > before) {
				return null;
			}
			int outOfSpec = (int) values.stream().filter((v) -> !c.limits().conforms(v)).count();
			return new Checked(takenAt, values, values.size(), outOfSpec, Map.of(), 0, outOfSpec);
		}
		if (d.values() != null && !d.values().isEmpty()) {
			errors.add(new FieldError(at + "values", "quality.inspection.problem.values-on-attribute", c.code()));
		}
		int inspected = (d.inspected() != null) ? d.inspected() : c.sampleSize();
		if (inspected < 1 || inspected > 1_000_000) {
			errors.add(new FieldError(at + "inspected", "quality.inspection.problem.inspected", inspected));
		}
		Integer nonconforming = d.nonconforming();
		if (nonconforming == null) {
			errors.add(new FieldError(at + "nonconforming", "problem.field.required"));
		}
		else if (nonconforming < 0 || nonconforming > inspected) {
			errors.add(new FieldError(at + "nonconforming", "quality.inspection.problem.nonconforming", nonconforming,
					inspected));
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		int defects = 0;
		Map<String, Integer> given = (d.defects() != null) ? d.defects() : Map.of();
		int beforeDefects = errors.size();
		for (Map.Entry<String, Integer> e : given.entrySet()) {
			String type = (e.getKey() != null) ? e.getKey().strip() : "";
			Integer count = e.getValue();
			if (!c.defectTypes().contains(type)) {
				errors.add(new FieldError(at + "defects." + type, "quality.inspection.problem.unknown-defect-type",
						type, c.code(), String.join("、", c.defectTypes())));
			}
			else if (count == null || count < 0) {
				errors.add(new FieldError(at + "defects." + type, "quality.inspection.problem.defect-count",
						String.valueOf(count)));
			}
			else if (count > 0) {
				counts.merge(type, count, Integer::sum);
				defects += count;
			}
		}
		if (nonconforming != null && !given.isEmpty() && errors.size() == beforeDefects && defects < nonconforming) {
			errors.add(
					new FieldError(at + "defects", "quality.inspection.problem.fewer-defects", defects, nonconforming));
		}
		if (errors.size() > before || nonconforming == null) {
			return null;
		}
		return new Checked(takenAt, List.of(), inspected, nonconforming, counts, defects, 0);
	}

	private static List<Double> values(Characteristic c, @Nullable List<@Nullable Object> given, String field,
			List<FieldError> errors) {
		List<@Nullable Object> raw = (given != null) ? given : List.of();
		List<Double> values = new ArrayList<>();
		for (int i = 0; i < raw.size(); i++) {
			Double value = number(raw.get(i));
			if (value == null) {
				errors.add(new FieldError(field + "[" + i + "]", "quality.inspection.problem.not-a-number",
						String.valueOf(raw.get(i)), c.code()));
			}
			else {
				values.add(value);
			}
		}
		if (raw.size() != c.sampleSize()) {
			errors.add(new FieldError(field, "quality.inspection.problem.subgroup-size", raw.size(), c.code(),
					c.sampleSize()));
		}
		return values;
	}

	/** A finite number, from a JSON number or a number written as text. */
	static @Nullable Double number(@Nullable Object value) {
		double number;
		if (value instanceof Number n) {
			number = n.doubleValue();
		}
		else if (value instanceof String s && !s.isBlank()) {
			try {
				number = new BigDecimal(s.strip()).doubleValue();
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		else {
			return null;
		}
		return Double.isFinite(number) ? number : null;
	}

	private static Instant takenAt(@Nullable String value, String field, Instant now, List<FieldError> errors) {
		if (FieldChecks.blank(value)) {
			return now;
		}
		try {
			Instant at = Instant.parse(value.strip());
			if (at.isAfter(now.plus(SKEW))) {
				errors.add(new FieldError(field, "quality.inspection.problem.future", value));
			}
			return at;
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError(field, "quality.inspection.problem.instant", value));
			return now;
		}
	}

}
