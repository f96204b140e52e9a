package io.kaiwu.energy.metering;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Units of each meter kind and what converts to what. */
class MeterKindTests {

	@Test
	void unitsOfOneDimensionConvertByTheirFactor() {
		assertThat(MeteringUnit.MWH.convert(new BigDecimal("1.5"), MeteringUnit.KWH)).isEqualByComparingTo("1500");
		assertThat(MeteringUnit.KG.convert(new BigDecimal("250"), MeteringUnit.T)).isEqualByComparingTo("0.25");
		assertThat(MeteringUnit.GJ.convert(BigDecimal.ONE, MeteringUnit.MJ)).isEqualByComparingTo("1000");
	}

	@Test
	void gasAtWorkingConditionsDoesNotConvertToStandardCubicMetres() {
		assertThat(MeterKind.NATURAL_GAS.converts(MeteringUnit.M3, MeteringUnit.NM3)).isFalse();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MeteringUnit.M3.convert(BigDecimal.ONE, MeteringUnit.NM3));
		assertThat(MeterKind.STEAM.converts(MeteringUnit.T, MeteringUnit.GJ)).as("needs the enthalpy").isFalse();
	}

	@Test
	void waterCountsACubicMetreAsATonne() {
		assertThat(MeterKind.WATER.convert(new BigDecimal("12.5"), MeteringUnit.M3, MeteringUnit.T))
			.isEqualByComparingTo("12.5");
		assertThat(MeterKind.WATER.convert(new BigDecimal("3"), MeteringUnit.T, MeteringUnit.M3))
			.isEqualByComparingTo("3");
		assertThat(MeterKind.WATER.convert(new BigDecimal("500"), MeteringUnit.M3, MeteringUnit.KG))
			.isEqualByComparingTo("500000");
		assertThat(MeterKind.COMPRESSED_AIR.converts(MeteringUnit.M3, MeteringUnit.T)).isFalse();
	}

	@Test
	void unitsAreFoundByTheirSymbol() {
		assertThat(MeteringUnit.bySymbol("kwh")).contains(MeteringUnit.KWH);
		assertThat(MeteringUnit.bySymbol("m³")).contains(MeteringUnit.M3);
		assertThat(MeteringUnit.bySymbol("Nm3")).contains(MeteringUnit.NM3);
		assertThat(MeteringUnit.bySymbol("litre")).isEmpty();
		assertThat(MeterKind.ELECTRICITY.counts(MeteringUnit.M3)).isFalse();
		assertThat(MeterKind.STEAM.usualUnit()).isEqualTo(MeteringUnit.T);
	}

}
