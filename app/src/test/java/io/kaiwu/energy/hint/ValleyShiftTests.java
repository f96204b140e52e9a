package io.kaiwu.energy.hint;

import java.math.BigDecimal;
import java.util.Map;

import io.kaiwu.energy.tariff.TouPeriod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValleyShiftTests {

	/** The Guangdong 2021 ratios on a flat price of 0.6 CNY/kWh. */
	static final Map<TouPeriod, BigDecimal> GUANGDONG = Map.of(TouPeriod.SHARP_PEAK, new BigDecimal("1.275"),
			TouPeriod.PEAK, new BigDecimal("1.02"), TouPeriod.FLAT, new BigDecimal("0.6"), TouPeriod.VALLEY,
			new BigDecimal("0.228"));

	@Test
	void sharpPeakAndPeakKilowattHoursSaveTheirPriceLessTheValleys() {
		Map<TouPeriod, BigDecimal> drawn = Map.of(TouPeriod.SHARP_PEAK, new BigDecimal("200"), TouPeriod.PEAK,
				new BigDecimal("400"), TouPeriod.FLAT, new BigDecimal("100"), TouPeriod.VALLEY, new BigDecimal("100"));
		// 200 × (1.275 − 0.228) + 400 × (1.02 − 0.228) = 209.4 + 316.8; flat and valley
		// hours move nothing
		assertThat(ValleyShift.saving(drawn, GUANGDONG)).isEqualByComparingTo("526.2");
		assertThat(ValleyShift.movable(drawn)).isEqualByComparingTo("600");
	}

	@Test
	void aTariffWithoutAValleyIsComparedWithItsCheapestPeriod() {
		Map<TouPeriod, BigDecimal> prices = Map.of(TouPeriod.PEAK, new BigDecimal("1.0"), TouPeriod.FLAT,
				new BigDecimal("0.7"));
		assertThat(ValleyShift.valleyPrice(prices)).isEqualByComparingTo("0.7");
		// 50 kWh × (1.0 − 0.7)
		assertThat(ValleyShift.saving(Map.of(TouPeriod.PEAK, new BigDecimal("50")), prices)).isEqualByComparingTo("15");
	}

}
