package io.kaiwu.energy.carbon;

import java.math.BigDecimal;

import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.metering.MeteringUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tonnes of standard coal with the GB/T 2589-2020 coefficients shipped in
 * {@code energy/standard-coal-coefficients.csv}: electricity 0.1229 kgce/kWh (当量值, 860 /
 * 7000), natural gas 1.2143 kgce/m³ (气田, 8500 / 7000) or 1.3300 (油田), low-pressure steam
 * 0.1286 kgce/kg, heat 0.03412 kgce/MJ, fresh water 0.0857 kgce/t (Annex B). Values as
 * compiled in the project's energy reference note, §1.2–1.3.
 */
class StandardCoalTests {

	private static final FactorTables TABLES = FactorTables.load();

	@Test
	void a1000KWhIs0point1229Tce() {
		CoalCoefficient electricity = TABLES.defaultCoalCoefficient(MeterKind.ELECTRICITY, MeteringUnit.KWH)
			.orElseThrow();

		assertThat(electricity.code()).isEqualTo("electricity");
		assertThat(electricity.basis()).isEqualTo(CoalCoefficient.Basis.CALORIFIC);
		assertThat(electricity.tce(new BigDecimal("1000"), MeterKind.ELECTRICITY, MeteringUnit.KWH))
			.isEqualByComparingTo("0.1229");
		assertThat(electricity.tce(BigDecimal.ONE, MeterKind.ELECTRICITY, MeteringUnit.MWH)).as("1 MWh = 1000 kWh")
			.isEqualByComparingTo("0.1229");
		// the coefficient is 860 kcal/kWh over 7000 kcal/kgce, rounded to four places
		assertThat(new BigDecimal("860").divide(new BigDecimal("7000"), 4, java.math.RoundingMode.HALF_UP))
			.isEqualByComparingTo(electricity.kgcePerUnit());
	}

	@Test
	void a1000CubicMetresOfNaturalGasIs1point2143TceOr1point33FromAnOilField() {
		CoalCoefficient gasField = TABLES.defaultCoalCoefficient(MeterKind.NATURAL_GAS, MeteringUnit.NM3).orElseThrow();
		CoalCoefficient oilField = TABLES.coalCoefficient("natural-gas-oil-field").orElseThrow();

		assertThat(gasField.code()).isEqualTo("natural-gas-gas-field");
		assertThat(gasField.tce(new BigDecimal("1000"), MeterKind.NATURAL_GAS, MeteringUnit.NM3))
			.isEqualByComparingTo("1.2143");
		assertThat(oilField.tce(new BigDecimal("1000"), MeterKind.NATURAL_GAS, MeteringUnit.NM3))
			.isEqualByComparingTo("1.33");
	}

	@Test
	void gasCountedAtWorkingConditionsHasNoCoefficientUntilCorrected() {
		CoalCoefficient gasField = TABLES.coalCoefficient("natural-gas-gas-field").orElseThrow();

		assertThat(TABLES.defaultCoalCoefficient(MeterKind.NATURAL_GAS, MeteringUnit.M3)).isEmpty();
		assertThatThrownBy(() -> gasField.tce(new BigDecimal("1000"), MeterKind.NATURAL_GAS, MeteringUnit.M3))
			.isInstanceOfSatisfying(InvalidFactor.class,
					(refused) -> assertThat(refused.reason()).isEqualTo(InvalidFactor.Reason.UNIT_NOT_OF_KIND));
		assertThatThrownBy(() -> gasField.tce(new BigDecimal("1000"), MeterKind.COMPRESSED_AIR, MeteringUnit.NM3))
			.as("a coefficient of another kind")
			.isInstanceOf(InvalidFactor.class);
	}

	@Test
	void steamByMassOrByHeatAndWaterByVolume() {
		// 10 t = 10 000 kg × 0.1286 = 1286 kgce
		assertThat(TABLES.defaultCoalCoefficient(MeterKind.STEAM, MeteringUnit.T)
			.orElseThrow()
			.tce(BigDecimal.TEN, MeterKind.STEAM, MeteringUnit.T)).isEqualByComparingTo("1.286");
		// 100 GJ = 100 000 MJ × 0.03412 = 3412 kgce
		assertThat(TABLES.defaultCoalCoefficient(MeterKind.STEAM, MeteringUnit.GJ)
			.orElseThrow()
			.tce(new BigDecimal("100"), MeterKind.STEAM, MeteringUnit.GJ)).isEqualByComparingTo("3.412");
		// 100 m³ of water taken as 100 t × 0.0857 = 8.57 kgce
		assertThat(TABLES.defaultCoalCoefficient(MeterKind.WATER, MeteringUnit.M3)
			.orElseThrow()
			.tce(new BigDecimal("100"), MeterKind.WATER, MeteringUnit.M3)).isEqualByComparingTo("0.00857");
		// 5000 Nm³ × 0.04 = 200 kgce
		assertThat(TABLES.defaultCoalCoefficient(MeterKind.COMPRESSED_AIR, MeteringUnit.NM3)
			.orElseThrow()
			.tce(new BigDecimal("5000"), MeterKind.COMPRESSED_AIR, MeteringUnit.NM3)).isEqualByComparingTo("0.2");
	}

	@Test
	void everyCoefficientSaysWhereItComesFrom() {
		assertThat(TABLES.coalCoefficients()).hasSizeGreaterThanOrEqualTo(14).allSatisfy((coefficient) -> {
			assertThat(coefficient.source()).isNotBlank();
			assertThat(coefficient.standard()).startsWith("GB/T 2589-2020");
			assertThat(coefficient.kgcePerUnit()).isPositive();
		});
		assertThat(TABLES.coalCoefficients()).extracting(CoalCoefficient::code).doesNotHaveDuplicates();
	}

}
