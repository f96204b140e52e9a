package io.kaiwu.energy.intensity.kernel;

import java.math.BigDecimal;
import java.util.List;

import io.kaiwu.energy.carbon.CoalCoefficient;
import io.kaiwu.energy.carbon.FactorTables;
import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.metering.MeteringUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comprehensive energy and intensity against hand-worked values with the GB/T 2589-2020
 * coefficients: electricity 0.1229 kgce/kWh (当量值), natural gas from a gas field 1.2143
 * kgce/Nm³, low-pressure steam 0.1286 kgce/kg.
 */
class EnergyIntensityTests {

	static final FactorTables TABLES = FactorTables.load();

	static final CoalCoefficient ELECTRICITY = TABLES.defaultCoalCoefficient(MeterKind.ELECTRICITY, MeteringUnit.KWH)
		.orElseThrow();

	static final CoalCoefficient GAS = TABLES.defaultCoalCoefficient(MeterKind.NATURAL_GAS, MeteringUnit.NM3)
		.orElseThrow();

	@Test
	void theShippedCoefficientsAreTheReferenceValues() {
		assertThat(ELECTRICITY.kgcePerUnit()).isEqualByComparingTo("0.1229");
		assertThat(GAS.kgcePerUnit()).isEqualByComparingTo("1.2143");
		assertThat(TABLES.defaultCoalCoefficient(MeterKind.STEAM, MeteringUnit.bySymbol("t").orElseThrow())
			.orElseThrow()
			.kgcePerUnit()).isEqualByComparingTo("0.1286");
	}

	@Test
	void comprehensiveEnergyAddsEveryCarrierInTce() {
		// 10 000 kWh × 0.1229 = 1 229 kgce; 1 000 Nm³ × 1.2143 = 1 214.3 kgce;
		// 2 t of steam = 2 000 kg × 0.1286 = 257.2 kgce; together 2 700.5 kgce = 2.7005
		// tce
		List<Carrier> used = List.of(electricity("10000", 0), gas("1000", 0),
				new Carrier(MeterKind.STEAM, MeteringUnit.bySymbol("t").orElseThrow(), new BigDecimal("2"), 0,
						TABLES.defaultCoalCoefficient(MeterKind.STEAM, MeteringUnit.bySymbol("t").orElseThrow())
							.orElseThrow()));
		assertThat(EnergyIntensity.comprehensiveTce(used).value()).isEqualByComparingTo("2.7005");
		assertThat(EnergyIntensity.kWh(used).value()).isEqualByComparingTo("10000");
	}

	@Test
	void intensityDividesByGoodPartsAndOutputValue() {
		List<Carrier> used = List.of(electricity("10000", 0), gas("1000", 0));
		Figure kWh = EnergyIntensity.kWh(used);
		Figure tce = EnergyIntensity.comprehensiveTce(used);
		// 1.229 + 1.2143 = 2.4433 tce
		assertThat(tce.value()).isEqualByComparingTo("2.4433");
		// 10 000 kWh / 2 500 good parts = 4 kWh per part
		assertThat(EnergyIntensity.perGoodPart(kWh, Figure.known(new BigDecimal("2500"))).value())
			.isEqualByComparingTo("4");
		// 2.4433 tce / 50 万元 = 0.048866 tce per 万元; 10 000 kWh / 50 = 200 kWh per 万元
		assertThat(EnergyIntensity.perOutputValue(tce, Figure.known(new BigDecimal("50"))).value())
			.isEqualByComparingTo("0.048866");
		assertThat(EnergyIntensity.perOutputValue(kWh, Figure.known(new BigDecimal("50"))).value())
			.isEqualByComparingTo("200");
		// MWh converts: 3 MWh is 3 000 kWh
		assertThat(EnergyIntensity
			.kWh(List.of(new Carrier(MeterKind.ELECTRICITY, MeteringUnit.bySymbol("MWh").orElseThrow(),
					new BigDecimal("3"), 0, null)))
			.value()).isEqualByComparingTo("3000");
	}

	@Test
	void noOutputIsMissingWithTheReasonNeverInfinite() {
		Figure perPart = EnergyIntensity.perGoodPart(Figure.known(new BigDecimal("500")),
				Figure.known(BigDecimal.ZERO));
		assertThat(perPart.isKnown()).isFalse();
		assertThat(perPart.gap()).isEqualTo(Gap.NO_OUTPUT);
		Figure perWan = EnergyIntensity.perOutputValue(Figure.known(BigDecimal.ONE),
				Figure.missing(Gap.NO_OUTPUT_VALUE, "SZ 2026-03"));
		assertThat(perWan.gap()).isEqualTo(Gap.NO_OUTPUT_VALUE);
		assertThat(perWan.detail()).isEqualTo("SZ 2026-03");
		assertThat(EnergyIntensity.perOutputValue(Figure.known(BigDecimal.ONE), Figure.known(BigDecimal.ZERO)).gap())
			.isEqualTo(Gap.NO_OUTPUT_VALUE);
	}

	@Test
	void missingHoursOrNoMeterMakeEnergyMissingNotZero() {
		Figure tce = EnergyIntensity.comprehensiveTce(List.of(electricity("800", 16), gas("1000", 0)));
		assertThat(tce.isKnown()).isFalse();
		assertThat(tce.gap()).isEqualTo(Gap.CONSUMPTION_INCOMPLETE);
		assertThat(tce.detail()).contains("ELECTRICITY", "16");
		assertThat(EnergyIntensity.kWh(List.of(electricity(null, 24))).gap()).isEqualTo(Gap.CONSUMPTION_INCOMPLETE);
		assertThat(EnergyIntensity.comprehensiveTce(List.of()).gap()).isEqualTo(Gap.NO_METER);
		assertThat(EnergyIntensity.kWh(List.of(gas("1000", 0))).gap()).isEqualTo(Gap.NO_METER);
		// the ratio of a missing figure keeps the figure's own reason
		assertThat(EnergyIntensity.perGoodPart(tce, Figure.known(BigDecimal.TEN)).gap())
			.isEqualTo(Gap.CONSUMPTION_INCOMPLETE);
	}

	@Test
	void gasAtWorkingConditionsHasNoCoefficientSoTheTotalIsMissing() {
		Carrier gasM3 = new Carrier(MeterKind.NATURAL_GAS, MeteringUnit.bySymbol("m3").orElseThrow(),
				new BigDecimal("1000"), 0, null);
		Figure tce = EnergyIntensity.comprehensiveTce(List.of(electricity("10000", 0), gasM3));
		assertThat(tce.gap()).isEqualTo(Gap.NO_COEFFICIENT);
		assertThat(tce.detail()).contains("NATURAL_GAS", "m3");
	}

	private static Carrier electricity(String kWh, int missing) {
		return new Carrier(MeterKind.ELECTRICITY, MeteringUnit.KWH, (kWh != null) ? new BigDecimal(kWh) : null, missing,
				ELECTRICITY);
	}

	private static Carrier gas(String nm3, int missing) {
		return new Carrier(MeterKind.NATURAL_GAS, MeteringUnit.NM3, new BigDecimal(nm3), missing, GAS);
	}

}
