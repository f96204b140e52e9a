package io.kaiwu.energy.carbon;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import io.kaiwu.energy.metering.MeteringUnit;

/** Tonnes of CO₂ added up per scope. */
public final class CarbonFootprint {

	private final Map<Scope, BigDecimal> tonnes = new EnumMap<>(Scope.class);

	/** Adds what a meter measured at a factor's rate to the factor's scope. */
	public CarbonFootprint add(BigDecimal quantity, MeteringUnit meterUnit, EmissionFactor factor) {
		this.tonnes.merge(factor.scope(), factor.tonnesCo2(quantity, meterUnit), BigDecimal::add);
		return this;
	}

	/** Tonnes of CO₂ in a scope; zero when nothing of it was added. */
	public BigDecimal tonnes(Scope scope) {
		return this.tonnes.getOrDefault(scope, BigDecimal.ZERO);
	}

	public BigDecimal total() {
		return this.tonnes.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
