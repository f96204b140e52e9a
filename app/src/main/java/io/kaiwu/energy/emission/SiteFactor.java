package io.kaiwu.energy.emission;

import java.math.BigDecimal;

import io.kaiwu.energy.carbon.EmissionFactor;
import io.kaiwu.energy.metering.MeterKind;
import org.jspecify.annotations.Nullable;

/**
 * The emission factor a site uses for one kind of energy.
 *
 * @param kind the kind of energy
 * @param scope SCOPE_1 or SCOPE_2
 * @param chosen whether the site chose it (otherwise it is the published default)
 * @param code the factor's code; {@literal null} when no factor fits the kind's usual
 * unit
 * @param name its name
 * @param value CO₂ per unit
 * @param unit for example tCO2/MWh
 * @param dataYear the year it describes
 * @param source where it comes from
 */
public record SiteFactor(MeterKind kind, String scope, boolean chosen, @Nullable String code, @Nullable String name,
		@Nullable BigDecimal value, @Nullable String unit, @Nullable Integer dataYear, @Nullable String source) {

	static SiteFactor of(MeterKind kind, String scope, boolean chosen, @Nullable EmissionFactor f) {
		if (f == null) {
			return new SiteFactor(kind, scope, chosen, null, null, null, null, null, null);
		}
		return new SiteFactor(kind, scope, chosen, f.code(), f.name(), f.value(), f.unit().text(), f.dataYear(),
				f.source());
	}

}
