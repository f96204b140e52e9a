package io.kaiwu.energy.carbon;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.metering.MeteringUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CO₂ with the factors shipped in {@code energy/emission-factors.csv}: the national
 * average grid factors of the MEE / NBS notices (2022: 0.5366 tCO2/MWh, notice of
 * 2024-12-20; 2023: 0.5306, reported January 2026) and the natural-gas default of the
 * industry guideline (389.31 GJ/10⁴Nm³ × 0.01530 tC/GJ × 99 % × 44/12 = 21.62
 * tCO2/10⁴Nm³). Test vectors from the project's energy reference note, §2–3.
 */
class EmissionFactorTests {

	private static final FactorTables TABLES = FactorTables.load();

	@Test
	void oneMegawattHourAtThe2022NationalFactorIs0point5366Tonnes() {
		EmissionFactor grid2022 = TABLES.emissionFactor("grid-national-2022").orElseThrow();

		assertThat(grid2022.scope()).isEqualTo(Scope.SCOPE_2);
		assertThat(grid2022.dataYear()).isEqualTo(2022);
		assertThat(grid2022.source()).contains("2022年电力二氧化碳排放因子");
		assertThat(grid2022.tonnesCo2(BigDecimal.ONE, MeteringUnit.MWH)).isEqualByComparingTo("0.5366");
		assertThat(grid2022.tonnesCo2(new BigDecimal("1000"), MeteringUnit.KWH)).isEqualByComparingTo("0.5366");
	}

	@Test
	void theDefaultForElectricityIsTheLatestPublishedNationalFactor() {
		EmissionFactor grid = TABLES.defaultEmissionFactor(MeterKind.ELECTRICITY, MeteringUnit.KWH).orElseThrow();

		assertThat(grid.code()).isEqualTo("grid-national-2023");
		assertThat(grid.dataYear()).isEqualTo(2023);
		assertThat(grid.factorSet()).isEqualTo("MEE-NBS-2023");
		assertThat(grid.tonnesCo2(new BigDecimal("1000"), MeteringUnit.KWH)).isEqualByComparingTo("0.5306");
		assertThat(TABLES.emissionFactors()).filteredOn((factor) -> factor.kind() == MeterKind.ELECTRICITY)
			.allSatisfy((factor) -> assertThat(factor.dataYear()).isLessThanOrEqualTo(grid.dataYear()));
	}

	@Test
	void tenThousandCubicMetresOfNaturalGasAre21point62TonnesInScope1() {
		EmissionFactor gas = TABLES.defaultEmissionFactor(MeterKind.NATURAL_GAS, MeteringUnit.NM3).orElseThrow();

		assertThat(gas.scope()).isEqualTo(Scope.SCOPE_1);
		assertThat(gas.tonnesCo2(new BigDecimal("10000"), MeteringUnit.NM3).setScale(2, RoundingMode.HALF_UP))
			.isEqualByComparingTo("21.62");
		// the factor is the guideline's parameters multiplied out
		BigDecimal perNm3 = new BigDecimal("389.31").multiply(new BigDecimal("0.01530"))
			.multiply(new BigDecimal("0.99"))
			.multiply(new BigDecimal("44"))
			.divide(new BigDecimal("12"), 10, RoundingMode.HALF_UP)
			.divide(new BigDecimal("10"), 4, RoundingMode.HALF_UP);
		assertThat(perNm3).as("kgCO2/Nm3").isEqualByComparingTo(gas.value());
	}

	@Test
	void purchasedSteamNeedsAHeatMeterForTheDefaultFactor() {
		EmissionFactor heat = TABLES.defaultEmissionFactor(MeterKind.STEAM, MeteringUnit.GJ).orElseThrow();

		assertThat(heat.tonnesCo2(new BigDecimal("100"), MeteringUnit.GJ)).isEqualByComparingTo("11");
		assertThat(TABLES.defaultEmissionFactor(MeterKind.STEAM, MeteringUnit.T)).isEmpty();
		assertThatThrownBy(() -> heat.tonnesCo2(BigDecimal.TEN, MeteringUnit.T)).isInstanceOfSatisfying(
				InvalidFactor.class,
				(refused) -> assertThat(refused.reason()).isEqualTo(InvalidFactor.Reason.UNIT_NOT_OF_KIND));
	}

	@Test
	void scopesAreAddedApart() {
		CarbonFootprint footprint = new CarbonFootprint()
			.add(BigDecimal.ONE, MeteringUnit.MWH, TABLES.emissionFactor("grid-national-2023").orElseThrow())
			.add(new BigDecimal("10000"), MeteringUnit.NM3, TABLES.emissionFactor("natural-gas").orElseThrow());

		assertThat(footprint.tonnes(Scope.SCOPE_2)).isEqualByComparingTo("0.5306");
		assertThat(footprint.tonnes(Scope.SCOPE_1)).isEqualByComparingTo("21.622");
		assertThat(footprint.total()).isEqualByComparingTo("22.1526");
	}

	@Test
	void aFactorWithoutAUnitOrWithOneThatDoesNotFitTheMeterIsRefused() {
		assertThat(refusal(null, MeterKind.ELECTRICITY, Scope.SCOPE_2, "src")).isEqualTo(InvalidFactor.Reason.NO_UNIT);
		assertThat(refusal(" ", MeterKind.ELECTRICITY, Scope.SCOPE_2, "src")).isEqualTo(InvalidFactor.Reason.NO_UNIT);
		assertThat(refusal("tCO2", MeterKind.ELECTRICITY, Scope.SCOPE_2, "src"))
			.isEqualTo(InvalidFactor.Reason.UNKNOWN_UNIT);
		assertThat(refusal("CO2/kWh", MeterKind.ELECTRICITY, Scope.SCOPE_2, "src"))
			.isEqualTo(InvalidFactor.Reason.UNKNOWN_UNIT);
		assertThat(refusal("kgCO2/kWh", MeterKind.NATURAL_GAS, Scope.SCOPE_1, "src"))
			.isEqualTo(InvalidFactor.Reason.UNIT_NOT_OF_KIND);
		assertThat(refusal("kgCO2/Nm3", MeterKind.NATURAL_GAS, Scope.SCOPE_2, "src"))
			.isEqualTo(InvalidFactor.Reason.WRONG_SCOPE);
		assertThat(refusal("kgCO2/m3", MeterKind.WATER, Scope.SCOPE_1, "src")).as("water causes no emissions here")
			.isEqualTo(InvalidFactor.Reason.WRONG_SCOPE);
		assertThat(refusal("kgCO2/kWh", MeterKind.ELECTRICITY, Scope.SCOPE_2, " "))
			.isEqualTo(InvalidFactor.Reason.NO_SOURCE);
		assertThat(EmissionFactor
			.of("ok", "ok", new BigDecimal("0.5306"), "kgCO₂/kWh", MeterKind.ELECTRICITY, Scope.SCOPE_2, 2023, "set",
					"V2", "src")
			.tonnesCo2(new BigDecimal("1000"), MeteringUnit.KWH)).isEqualByComparingTo("0.5306");
	}

	@Test
	void everyFactorSaysWhereItComesFrom() {
		assertThat(TABLES.emissionFactors()).hasSizeGreaterThanOrEqualTo(19)
			.allSatisfy((factor) -> assertThat(factor.source()).isNotBlank());
		assertThat(TABLES.emissionFactors()).filteredOn((factor) -> factor.code().startsWith("grid-"))
			.allSatisfy((factor) -> assertThat(factor.dataYear()).isNotNull());
		assertThat(TABLES.emissionFactors()).extracting(EmissionFactor::code).doesNotHaveDuplicates();
	}

	private static InvalidFactor.Reason refusal(String unit, MeterKind kind, Scope scope, String source) {
		try {
			EmissionFactor.of("test", "test", BigDecimal.ONE, unit, kind, scope, null, "set", "M", source);
		}
		catch (InvalidFactor refused) {
			return refused.reason();
		}
		throw new AssertionError("accepted " + unit + " for " + kind);
	}

}
