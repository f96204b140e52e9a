package io.kaiwu.energy.emission.kernel;

import java.math.BigDecimal;

import io.kaiwu.energy.carbon.EmissionFactor;
import io.kaiwu.energy.carbon.Scope;
import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.metering.MeteringUnit;
import org.jspecify.annotations.Nullable;

/**
 * One carrier's emissions.
 *
 * @param kind the carrier
 * @param unit the unit of the quantity
 * @param quantity what the known hours add up to; {@literal null} when none is known
 * @param missingHours hours not known
 * @param factor the factor used; {@literal null} for a carrier without emissions here
 * (water, compressed air) or without a factor fitting its unit
 * @param tonnesCo2 the known hours' CO₂; {@literal null} without factor or quantity
 */
public record EmissionLine(MeterKind kind, MeteringUnit unit, @Nullable BigDecimal quantity, int missingHours,
		@Nullable EmissionFactor factor, @Nullable BigDecimal tonnesCo2) {

	public @Nullable Scope scope() {
		return (this.factor != null) ? this.factor.scope() : null;
	}

}
