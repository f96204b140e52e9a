package io.kaiwu.energy.emission.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.kaiwu.energy.carbon.CarbonFootprint;
import io.kaiwu.energy.carbon.EmissionFactor;
import io.kaiwu.energy.carbon.Scope;
import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.metering.MeteringUnit;
import org.jspecify.annotations.Nullable;

/**
 * The emissions of a period: one line per carrier, scope 1 and scope 2 totals. The totals
 * add the known hours; {@link #complete()} says whether every hour of every emitting
 * carrier is known and every emitting carrier has a factor.
 *
 * @param lines one per carrier
 * @param scope1 tonnes of CO₂ from fuels burned on site
 * @param scope2 tonnes of CO₂ from purchased electricity, heat and steam
 * @param missingHours the most hours any emitting carrier misses
 * @param withoutFactor emitting carriers no factor fits (steam counted in tonnes against
 * a factor per GJ): their CO₂ is not in the totals
 */
public record PeriodEmissions(List<EmissionLine> lines, BigDecimal scope1, BigDecimal scope2, int missingHours,
		List<MeterKind> withoutFactor) {

	/** Decimals of tonnes of CO₂. */
	public static final int SCALE = 6;

	public PeriodEmissions {
		lines = List.copyOf(lines);
		withoutFactor = List.copyOf(withoutFactor);
	}

	/** What one carrier used in the period, with the factor that applies to it. */
	public record Use(MeterKind kind, MeteringUnit unit, @Nullable BigDecimal quantity, int missingHours,
			@Nullable EmissionFactor factor) {
	}

	public static PeriodEmissions of(List<Use> uses) {
		CarbonFootprint footprint = new CarbonFootprint();
		List<EmissionLine> lines = new ArrayList<>();
		List<MeterKind> withoutFactor = new ArrayList<>();
		int missing = 0;
		for (Use use : uses) {
			EmissionFactor factor = (use.factor() != null && use.factor().fits(use.unit())) ? use.factor() : null;
			if (factor == null && Scope.of(use.kind()).isPresent()) {
				withoutFactor.add(use.kind());
			}
			BigDecimal tonnes = null;
			if (factor != null) {
				missing = Math.max(missing, use.missingHours());
				if (use.quantity() != null) {
					tonnes = factor.tonnesCo2(use.quantity(), use.unit()).setScale(SCALE, RoundingMode.HALF_UP);
					footprint.add(use.quantity(), use.unit(), factor);
				}
			}
			lines.add(new EmissionLine(use.kind(), use.unit(), use.quantity(), use.missingHours(), factor, tonnes));
		}
		return new PeriodEmissions(lines, footprint.tonnes(Scope.SCOPE_1).setScale(SCALE, RoundingMode.HALF_UP),
				footprint.tonnes(Scope.SCOPE_2).setScale(SCALE, RoundingMode.HALF_UP), missing, withoutFactor);
	}

	public BigDecimal total() {
		return this.scope1.add(this.scope2);
	}

	public boolean complete() {
		return this.missingHours == 0 && this.withoutFactor.isEmpty();
	}

}
