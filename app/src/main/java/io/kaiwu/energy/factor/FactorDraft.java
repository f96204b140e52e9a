package io.kaiwu.energy.factor;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A tenant's own emission factor as asked for; {@link ManagingFactors} checks every
 * field.
 *
 * @param code unique among the tenant's and the published factors
 * @param name its name
 * @param value CO₂ per unit, not negative
 * @param unit tCO2/… or kgCO2/… per a unit of the meter kind (tCO2/MWh, kgCO2/Nm3 …)
 * @param kind the meter kind it applies to
 * @param scope SCOPE_1 (fuels burned on site) or SCOPE_2 (purchased electricity, heat,
 * steam)
 * @param dataYear the year it describes, if yearly
 * @param factorSet the set it belongs to, {@code tenant} when left out
 * @param source where it comes from (a notice, a supplier's test report …)
 */
public record FactorDraft(@Nullable String code, @Nullable String name, @Nullable BigDecimal value,
		@Nullable String unit, @Nullable String kind, @Nullable String scope, @Nullable Integer dataYear,
		@Nullable String factorSet, @Nullable String source) {
}
