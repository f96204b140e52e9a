package io.kaiwu.quality.inspection.plan;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An inspection plan as a user enters it; checked by {@link InspectionPlanChecks}.
 *
 * @param itemId the item (master data id); or give {@code itemCode}
 * @param itemCode the item's code, when no id is given
 * @param operation operation code or name (in-process inspection)
 * @param kind RECEIVING, IN_PROCESS or FINAL
 * @param active false pauses the plan; true when left out
 * @param characteristics at least one
 */
public record PlanDraft(@Nullable UUID itemId, @Nullable String itemCode, @Nullable String operation,
		@Nullable String kind, @Nullable String name, @Nullable String description, @Nullable Boolean active,
		@Nullable List<CharacteristicDraft> characteristics) {

	/**
	 * A characteristic as a user enters it. Spec limits are given either directly
	 * ({@code lowerLimit}, {@code upperLimit}) or as signed tolerances around the nominal
	 * ({@code lowerTolerance} −0.03, {@code upperTolerance} +0.05).
	 *
	 * @param id the characteristic to keep when a plan is changed; new when left out
	 * @param type VARIABLE or ATTRIBUTE
	 * @param defectTypes defect types of an attribute characteristic
	 * @param sampleSize units per subgroup
	 * @param frequency how often a subgroup is taken; once per lot when left out
	 */
	public record CharacteristicDraft(@Nullable UUID id, @Nullable String code, @Nullable String name,
			@Nullable String type, @Nullable Double nominal, @Nullable Double lowerTolerance,
			@Nullable Double upperTolerance, @Nullable Double lowerLimit, @Nullable Double upperLimit,
			@Nullable String unit, @Nullable List<String> defectTypes, @Nullable Integer sampleSize,
			@Nullable FrequencyDraft frequency, @Nullable String method, @Nullable String gauge) {
	}

	/**
	 * @param kind UNITS, MINUTES or LOT
	 * @param every N units or minutes (not for LOT)
	 */
	public record FrequencyDraft(@Nullable String kind, @Nullable Integer every) {
	}

}
