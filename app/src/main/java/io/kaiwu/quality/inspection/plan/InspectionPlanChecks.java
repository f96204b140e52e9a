package io.kaiwu.quality.inspection.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.quality.inspection.InspectionKind;
import io.kaiwu.quality.inspection.plan.PlanDraft.CharacteristicDraft;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks a plan before it is saved and names every bad field: the item must be the
 * tenant's, kind and name are required, at least one characteristic, codes unique in the
 * plan; a variable characteristic needs at least one spec limit, given either as limits
 * or as tolerances around a nominal, with the lower below the upper; an attribute one
 * needs its defect types; the sample size is 1 to {@value #MAX_VARIABLE_SAMPLE} measured
 * units or 1 to {@value #MAX_ATTRIBUTE_SAMPLE} judged ones.
 */
@Component
class InspectionPlanChecks {

	/** Measured units per subgroup at most: beyond it, nobody types the values. */
	static final int MAX_VARIABLE_SAMPLE = 50;

	/** Judged units per subgroup at most (the largest AQL sample codes go to 2000). */
	static final int MAX_ATTRIBUTE_SAMPLE = 10_000;

	private final ItemCatalog items;

	InspectionPlanChecks(ItemCatalog items) {
		this.items = items;
	}

	/** A draft's fields, checked; characteristics without an id get a new one. */
	record Checked(UUID itemId, @Nullable String operation, InspectionKind kind, String name,
			@Nullable String description, boolean active, List<Characteristic> characteristics) {
	}

	Checked check(TenantId tenant, UUID planId, PlanDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		UUID itemId = item(tenant, draft, errors);
		String operation = FieldChecks.optional(draft.operation(), "operation", 200, errors);
		InspectionKind kind = FieldChecks.choice(InspectionKind.class, draft.kind(), "kind", errors);
		String name = FieldChecks.required(draft.name(), "name", 200, errors);
		String description = FieldChecks.optional(draft.description(), "description", 4000, errors);
		List<CharacteristicDraft> drafts = (draft.characteristics() != null) ? draft.characteristics() : List.of();
		if (drafts.isEmpty()) {
			errors.add(new FieldError("characteristics", "quality.inspection.problem.no-characteristics"));
		}
		List<Characteristic> characteristics = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		Set<UUID> ids = new HashSet<>();
		for (int i = 0; i < drafts.size(); i++) {
			Characteristic c = characteristic(planId, i, drafts.get(i), errors);
			if (c == null) {
				continue;
			}
			if (!codes.add(c.code())) {
				errors.add(new FieldError("characteristics[" + i + "].code",
						"quality.inspection.problem.duplicate-code", c.code()));
			}
			if (!ids.add(c.id())) {
				errors.add(new FieldError("characteristics[" + i + "].id", "quality.inspection.problem.duplicate-id",
						c.id()));
			}
			characteristics.add(c);
		}
		if (!errors.isEmpty() || itemId == null || kind == null || name == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return new Checked(itemId, operation, kind, name, description, !Boolean.FALSE.equals(draft.active()),
				characteristics);
	}

	private @Nullable UUID item(TenantId tenant, PlanDraft draft, List<FieldError> errors) {
		if (draft.itemId() != null) {
			if (this.items.item(tenant, draft.itemId()).isEmpty()) {
				errors.add(new FieldError("itemId", "quality.inspection.problem.unknown-item", draft.itemId()));
				return null;
			}
			return draft.itemId();
		}
		if (FieldChecks.blank(draft.itemCode())) {
			errors.add(new FieldError("itemId", "quality.inspection.problem.item-required"));
			return null;
		}
		return this.items.byCode(tenant, draft.itemCode().strip()).map(ItemCatalog.ItemSummary::id).orElseGet(() -> {
			errors.add(new FieldError("itemCode", "quality.inspection.problem.unknown-item", draft.itemCode()));
			return null;
		});
	}

	/** One characteristic, or {@literal null} with its errors added. */
	static @Nullable Characteristic characteristic(UUID planId, int index, CharacteristicDraft d,
			List<FieldError> errors) {
		String at = "characteristics[" + index + "].";
		int before = errors.size();
		String code = FieldChecks.required(d.code(), at + "code", 40, errors);
		String name = FieldChecks.required(d.name(), at + "name", 200, errors);
		CharacteristicType type = FieldChecks.choice(CharacteristicType.class, d.type(), at + "type", errors);
		String method = FieldChecks.optional(d.method(), at + "method", 500, errors);
		String gauge = FieldChecks.optional(d.gauge(), at + "gauge", 200, errors);
		Frequency frequency = frequency(d.frequency(), at + "frequency", errors);
		Integer sampleSize = d.sampleSize();
		int maxSample = (type == CharacteristicType.ATTRIBUTE) ? MAX_ATTRIBUTE_SAMPLE : MAX_VARIABLE_SAMPLE;
		if (sampleSize == null) {
			errors.add(new FieldError(at + "sampleSize", "quality.inspection.problem.sample-size", "", maxSample));
		}
		else if (sampleSize < 1 || sampleSize > maxSample) {
			errors.add(
					new FieldError(at + "sampleSize", "quality.inspection.problem.sample-size", sampleSize, maxSample));
		}
		Double nominal = null;
		SpecLimits limits = new SpecLimits(null, null);
		String unit = null;
		List<String> defectTypes = List.of();
		if (type == CharacteristicType.VARIABLE) {
			nominal = d.nominal();
			unit = FieldChecks.optional(d.unit(), at + "unit", 40, errors);
			limits = limits(d, at, errors);
			if (d.defectTypes() != null && !d.defectTypes().isEmpty()) {
				errors.add(new FieldError(at + "defectTypes", "quality.inspection.problem.defects-on-variable"));
			}
		}
		else if (type == CharacteristicType.ATTRIBUTE) {
			defectTypes = defectTypes(d.defectTypes(), at + "defectTypes", errors);
			if (d.nominal() != null || d.lowerLimit() != null || d.upperLimit() != null || d.lowerTolerance() != null
					|| d.upperTolerance() != null) {
				errors.add(new FieldError(at + "type", "quality.inspection.problem.limits-on-attribute"));
			}
		}
		if (errors.size() > before || code == null || name == null || type == null || frequency == null
				|| sampleSize == null) {
			return null;
		}
		return new Characteristic((d.id() != null) ? d.id() : UUID.randomUUID(), planId, index, code, name, type,
				nominal, limits, unit, defectTypes, sampleSize, frequency, method, gauge);
	}

	/**
	 * Spec limits given directly or as signed tolerances around the nominal (not both);
	 * at least one limit, and the lower below the upper.
	 */
	private static SpecLimits limits(CharacteristicDraft d, String at, List<FieldError> errors) {
		boolean byTolerance = d.lowerTolerance() != null || d.upperTolerance() != null;
		boolean byLimit = d.lowerLimit() != null || d.upperLimit() != null;
		Double lower;
		Double upper;
		if (byTolerance && byLimit) {
			errors.add(new FieldError(at + "lowerLimit", "quality.inspection.problem.limits-and-tolerances"));
			return new SpecLimits(null, null);
		}
		if (byTolerance) {
			if (d.nominal() == null) {
				errors.add(new FieldError(at + "nominal", "quality.inspection.problem.nominal-for-tolerances"));
				return new SpecLimits(null, null);
			}
			lower = (d.lowerTolerance() != null) ? d.nominal() + d.lowerTolerance() : null;
			upper = (d.upperTolerance() != null) ? d.nominal() + d.upperTolerance() : null;
			if (lower != null && upper != null && lower >= upper) {
				errors.add(new FieldError(at + "lowerTolerance", "quality.inspection.problem.tolerances-order",
						d.lowerTolerance(), d.upperTolerance()));
				return new SpecLimits(null, null);
			}
		}
		else if (byLimit) {
			lower = d.lowerLimit();
			upper = d.upperLimit();
			if (lower != null && upper != null && lower >= upper) {
				errors.add(new FieldError(at + "lowerLimit", "quality.inspection.problem.limits-order", lower, upper));
				return new SpecLimits(null, null);
			}
		}
		else {
			errors.add(new FieldError(at + "upperLimit", "quality.inspection.problem.limits-required"));
			return new SpecLimits(null, null);
		}
		if (!finite(lower) || !finite(upper) || !finite(d.nominal())) {
			errors.add(new FieldError(at + "nominal", "quality.inspection.problem.not-finite"));
			return new SpecLimits(null, null);
		}
		return new SpecLimits(lower, upper);
	}

	private static boolean finite(@Nullable Double value) {
		return value == null || Double.isFinite(value);
	}

	private static List<String> defectTypes(@Nullable List<String> given, String field, List<FieldError> errors) {
		List<String> types = new ArrayList<>();
		List<String> raw = (given != null) ? given : List.of();
		for (int i = 0; i < raw.size(); i++) {
			String type = FieldChecks.required(raw.get(i), field + "[" + i + "]", 100, errors);
			if (type != null && !types.contains(type.replace('\n', ' '))) {
				types.add(type.replace('\n', ' '));
			}
		}
		if (types.isEmpty() && errors.stream().noneMatch((e) -> e.field().startsWith(field))) {
			errors.add(new FieldError(field, "quality.inspection.problem.defect-types-required"));
		}
		return types;
	}

	private static @Nullable Frequency frequency(PlanDraft.@Nullable FrequencyDraft draft, String field,
			List<FieldError> errors) {
		if (draft == null || FieldChecks.blank(draft.kind())) {
			return Frequency.perLot();
		}
		FrequencyKind kind = FieldChecks.choice(FrequencyKind.class, draft.kind(), field + ".kind", errors);
		if (kind == null) {
			return null;
		}
		if (kind == FrequencyKind.LOT) {
			return Frequency.perLot();
		}
		Integer every = draft.every();
		if (every == null || every < 1 || every > 1_000_000) {
			errors.add(new FieldError(field + ".every", "quality.inspection.problem.frequency-every",
					(every != null) ? every : ""));
			return null;
		}
		return new Frequency(kind, every);
	}

}
