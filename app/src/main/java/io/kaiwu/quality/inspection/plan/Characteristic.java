package io.kaiwu.quality.inspection.plan;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One characteristic (检验特性) of an inspection plan.
 *
 * @param code short code, unique in its plan (e.g. D1 for the first diameter)
 * @param type measured (variable) or judged good/bad with defect types (attribute)
 * @param nominal target value (variable only)
 * @param limits spec limits (variable only; both open for an attribute)
 * @param unit unit of the measured value (variable only)
 * @param defectTypes the defect types an inspector counts (attribute only)
 * @param sampleSize units per subgroup; 1 for an individuals chart
 * @param method how it is inspected (检验方法)
 * @param gauge the gauge or instrument (量具)
 */
public record Characteristic(UUID id, UUID planId, int position, String code, String name, CharacteristicType type,
		@Nullable Double nominal, SpecLimits limits, @Nullable String unit, List<String> defectTypes, int sampleSize,
		Frequency frequency, @Nullable String method, @Nullable String gauge) {

	public Characteristic {
		defectTypes = List.copyOf(defectTypes);
	}

	public boolean variable() {
		return this.type == CharacteristicType.VARIABLE;
	}

	/** LSL, or {@literal null} when open. */
	public @Nullable Double lowerLimit() {
		return this.limits.lower();
	}

	/** USL, or {@literal null} when open. */
	public @Nullable Double upperLimit() {
		return this.limits.upper();
	}

}
