package io.kaiwu.energy.carbon;

import java.math.BigDecimal;

import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.metering.MeteringUnit;
import org.jspecify.annotations.Nullable;

/**
 * A CO₂ emission factor for what one kind of meter measures, with where it comes from.
 * Built through {@link #of}, which refuses one without a unit, with a unit that does not
 * fit the meter kind, with a scope that does not fit it, or without a source.
 *
 * @param code its code, for example {@code grid-national-2023}
 * @param name its name
 * @param value CO₂ per unit
 * @param unit for example tCO2/MWh
 * @param kind the meter kind it applies to
 * @param scope scope 1 or 2
 * @param dataYear the year the factor describes, if it is a yearly one
 * @param factorSet the published set it belongs to, for example {@code MEE-NBS-2023}
 * @param label how it was checked (V = official text, V2 = secondary source, M = from
 * practice, not checked)
 * @param source the notice or guideline and where it was read
 */
public record EmissionFactor(String code, String name, BigDecimal value, EmissionUnit unit, MeterKind kind, Scope scope,
		@Nullable Integer dataYear, String factorSet, String label, String source) {

	/** Checks and builds a factor; see the reasons of {@link InvalidFactor}. */
	public static EmissionFactor of(String code, String name, @Nullable BigDecimal value, @Nullable String unit,
			MeterKind kind, Scope scope, @Nullable Integer dataYear, String factorSet, String label,
			@Nullable String source) {
		if (value == null || value.signum() < 0) {
			throw new InvalidFactor(code, InvalidFactor.Reason.NO_VALUE, String.valueOf(value));
		}
		if (unit == null || unit.isBlank()) {
			throw new InvalidFactor(code, InvalidFactor.Reason.NO_UNIT, "");
		}
		EmissionUnit parsed = EmissionUnit.parse(unit)
			.orElseThrow(() -> new InvalidFactor(code, InvalidFactor.Reason.UNKNOWN_UNIT, unit));
		if (kind.units().stream().noneMatch((meterUnit) -> kind.converts(meterUnit, parsed.per()))) {
			throw new InvalidFactor(code, InvalidFactor.Reason.UNIT_NOT_OF_KIND, unit + " / " + kind);
		}
		if (Scope.of(kind).filter(scope::equals).isEmpty()) {
			throw new InvalidFactor(code, InvalidFactor.Reason.WRONG_SCOPE, scope + " / " + kind);
		}
		if (source == null || source.isBlank()) {
			throw new InvalidFactor(code, InvalidFactor.Reason.NO_SOURCE, "");
		}
		return new EmissionFactor(code, name, value, parsed, kind, scope, dataYear, factorSet, label, source.strip());
	}

	/** Whether a meter counting in this unit can use the factor. */
	public boolean fits(MeteringUnit meterUnit) {
		return this.kind.converts(meterUnit, this.unit.per());
	}

	/**
	 * The tonnes of CO₂ of a quantity a meter of the factor's kind measured.
	 * @throws InvalidFactor when the meter's unit does not convert to the factor's
	 */
	public BigDecimal tonnesCo2(BigDecimal quantity, MeteringUnit meterUnit) {
		if (!fits(meterUnit)) {
			throw new InvalidFactor(this.code, InvalidFactor.Reason.UNIT_NOT_OF_KIND,
					meterUnit.symbol() + " / " + this.unit.text());
		}
		return this.kind.convert(quantity, meterUnit, this.unit.per())
			.multiply(this.value)
			.multiply(this.unit.tonnesPerMass());
	}

}
