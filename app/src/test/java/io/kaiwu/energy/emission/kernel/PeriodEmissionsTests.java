package io.kaiwu.energy.emission.kernel;

import java.math.BigDecimal;
import java.util.List;

import io.kaiwu.energy.carbon.EmissionFactor;
import io.kaiwu.energy.carbon.FactorTables;
import io.kaiwu.energy.carbon.Scope;
import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.metering.MeteringUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month's emissions by scope against hand-worked values: the MEE / NBS national average
 * grid factor 0.5306 tCO2/MWh for 2023 (0.5366 for 2022) and the natural-gas default of
 * the industry guideline 2.1622 kgCO2/Nm³.
 */
class PeriodEmissionsTests {

	static final FactorTables TABLES = FactorTables.load();

	static final EmissionFactor GRID_2023 = TABLES.emissionFactor("grid-national-2023").orElseThrow();

	static final EmissionFactor GRID_2022 = TABLES.emissionFactor("grid-national-2022").orElseThrow();

	static final EmissionFactor GAS = TABLES.emissionFactor("natural-gas").orElseThrow();

	@Test
	void theShippedFactorsAreTheReferenceValues() {
		assertThat(GRID_2023.value()).isEqualByComparingTo("0.5306");
		assertThat(GRID_2023.dataYear()).isEqualTo(2023);
		assertThat(GRID_2022.value()).isEqualByComparingTo("0.5366");
		assertThat(GAS.value()).isEqualByComparingTo("2.1622");
		assertThat(GAS.unit().text()).isEqualTo("kgCO2/Nm3");
		assertThat(TABLES.defaultEmissionFactor(MeterKind.ELECTRICITY, MeteringUnit.KWH)).contains(GRID_2023);
	}

	@Test
	void electricityIsScope2AndGasScope1() {
		// 1 000 kWh = 1 MWh × 0.5306 = 0.5306 t; 10 000 Nm³ × 2.1622 kg = 21.622 t
		PeriodEmissions month = PeriodEmissions
			.of(List.of(use(MeterKind.ELECTRICITY, MeteringUnit.KWH, "1000", 0, GRID_2023),
					use(MeterKind.NATURAL_GAS, MeteringUnit.NM3, "10000", 0, GAS),
					use(MeterKind.WATER, MeteringUnit.bySymbol("m3").orElseThrow(), "350", 0, null)));
		assertThat(month.scope2()).isEqualByComparingTo("0.5306");
		assertThat(month.scope1()).isEqualByComparingTo("21.622");
		assertThat(month.total()).isEqualByComparingTo("22.1526");
		assertThat(month.complete()).isTrue();
		assertThat(month.lines()).hasSize(3);
		assertThat(month.lines().get(0).scope()).isEqualTo(Scope.SCOPE_2);
		assertThat(month.lines().get(1).tonnesCo2()).isEqualByComparingTo("21.622");
		// water causes no emissions of its own: no factor, no scope, and not a gap
		assertThat(month.lines().get(2).scope()).isNull();
		assertThat(month.lines().get(2).tonnesCo2()).isNull();
	}

	@Test
	void theSitesFactorDecides() {
		// 1 000 kWh at the 2022 factor: 0.5366 t
		PeriodEmissions month = PeriodEmissions
			.of(List.of(use(MeterKind.ELECTRICITY, MeteringUnit.KWH, "1000", 0, GRID_2022)));
		assertThat(month.scope2()).isEqualByComparingTo("0.5366");
	}

	@Test
	void missingHoursOrAFactorThatDoesNotFitMakeTheMonthIncomplete() {
		PeriodEmissions gap = PeriodEmissions
			.of(List.of(use(MeterKind.ELECTRICITY, MeteringUnit.KWH, "800", 16, GRID_2023)));
		assertThat(gap.complete()).isFalse();
		assertThat(gap.missingHours()).isEqualTo(16);
		// the known hours still count: 0.8 MWh × 0.5306 = 0.42448 t
		assertThat(gap.scope2()).isEqualByComparingTo("0.42448");

		// steam counted in tonnes cannot use a factor per GJ: left out, and said so
		EmissionFactor heat = TABLES.emissionFactor("purchased-heat").orElseThrow();
		PeriodEmissions steam = PeriodEmissions
			.of(List.of(use(MeterKind.STEAM, MeteringUnit.bySymbol("t").orElseThrow(), "12", 0, heat)));
		assertThat(steam.complete()).isFalse();
		assertThat(steam.withoutFactor()).containsExactly(MeterKind.STEAM);
		assertThat(steam.total()).isEqualByComparingTo("0");
	}

	private static PeriodEmissions.Use use(MeterKind kind, MeteringUnit unit, String quantity, int missing,
			EmissionFactor factor) {
		return new PeriodEmissions.Use(kind, unit, new BigDecimal(quantity), missing, factor);
	}

}
