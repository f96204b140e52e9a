package io.kaiwu.energy.demand.kernel;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kaiwu.energy.metering.CounterReading;
import io.kaiwu.energy.metering.CounterSettings;
import io.kaiwu.energy.metering.Counters;
import io.kaiwu.energy.metering.MeterSeries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quarter-hour demand worked out by hand from a 5-minute counter whose register (99
 * 999.99 kWh, like the simulator's power meters) rolls over in the first quarter.
 */
class QuarterHourDemandTests {

	static final Instant MIDNIGHT = Instant.parse("2026-05-01T00:00:00Z");

	static final CounterSettings FIVE_MINUTES = new CounterSettings(Duration.ofMinutes(5), new BigDecimal("99999.99"),
			null);

	/**
	 * 00:00 99990.00, 00:05 99995.50 (5.50), 00:10 0.50 (rollover: 100000.00 − 99995.50 +
	 * 0.50 = 5.00), 00:15 6.00 (5.50): 16 kWh in the first quarter, 64 kW. 00:20 13.00
	 * (7), 00:27 20.00 (7 over 7 min), 00:32 25.00 (5 over 5 min, 3 of them before
	 * 00:30): 17 kWh, 68 kW. 00:37 30.00, then nothing until 00:45 (8 min > 7.5):
	 * 00:30–00:45 is missing. 00:45 35.00, 00:50 40.00, 00:55 45.00, 01:00 50.00: 15 kWh,
	 * 60 kW.
	 */
	static final List<CounterReading> READINGS = List.of(at(0, "99990.00"), at(5, "99995.50"), at(10, "0.50"),
			at(15, "6.00"), at(20, "13.00"), at(27, "20.00"), at(32, "25.00"), at(37, "30.00"), at(45, "35.00"),
			at(50, "40.00"), at(55, "45.00"), at(60, "50.00"));

	@Test
	void eachQuarterIsItsKWhTimesFourAcrossTheRolloverAndTheGapStaysMissing() {
		MeterSeries series = Counters.intervals(READINGS, FIVE_MINUTES);
		List<DemandWindow> windows = QuarterHourDemand.windows(series, MIDNIGHT, MIDNIGHT.plusSeconds(3600),
				BigDecimal.ONE);
		assertThat(windows).hasSize(4);
		assertThat(windows.get(0).kWh()).isEqualByComparingTo("16");
		assertThat(windows.get(0).kW()).isEqualByComparingTo("64");
		assertThat(windows.get(1).kWh()).isEqualByComparingTo("17");
		assertThat(windows.get(1).kW()).isEqualByComparingTo("68");
		assertThat(windows.get(2).isMissing()).isTrue();
		assertThat(windows.get(2).kWh()).isNull();
		assertThat(windows.get(3).kW()).isEqualByComparingTo("60");
		DemandWindow peak = QuarterHourDemand.peak(windows).orElseThrow();
		assertThat(peak.start()).isEqualTo(MIDNIGHT.plusSeconds(15 * 60));
		assertThat(peak.kW()).isEqualByComparingTo("68");
	}

	@Test
	void quartersBeforeTheFirstReadingAreMissingAndAMegawattHourCounterIsTurnedIntoKWh() {
		MeterSeries series = Counters.intervals(
				List.of(at(0, "1.000"), at(5, "1.010"), at(10, "1.020"), at(15, "1.030")),
				new CounterSettings(Duration.ofMinutes(5), null, null));
		List<DemandWindow> windows = QuarterHourDemand.windows(series, MIDNIGHT.minusSeconds(900),
				MIDNIGHT.plusSeconds(1800), BigDecimal.valueOf(1000));
		assertThat(windows.get(0).isMissing()).isTrue();
		// 0.030 MWh in 15 minutes = 30 kWh = 120 kW
		assertThat(windows.get(1).kW()).isEqualByComparingTo("120");
		assertThat(windows.get(2).isMissing()).isTrue();
	}

	@Test
	void metersAddUpQuarterByQuarterAndAnyMissingMeterMakesTheSumMissing() {
		List<DemandWindow> a = List.of(window(0, "10"), window(15, "12"));
		List<DemandWindow> b = List.of(window(0, "4"), new DemandWindow(MIDNIGHT.plusSeconds(900), null, null));
		List<DemandWindow> sum = QuarterHourDemand.combine(List.of(a, b), List.of(false, false));
		assertThat(sum.get(0).kWh()).isEqualByComparingTo("14");
		assertThat(sum.get(0).kW()).isEqualByComparingTo("56");
		assertThat(sum.get(1).isMissing()).isTrue();
		List<DemandWindow> difference = QuarterHourDemand.combine(List.of(a, b), List.of(false, true));
		assertThat(difference.get(0).kW()).isEqualByComparingTo("24");
		assertThat(QuarterHourDemand.peak(List.of(sum.get(1)))).isEmpty();
	}

	private static DemandWindow window(int minute, String kWh) {
		BigDecimal energy = new BigDecimal(kWh);
		return new DemandWindow(MIDNIGHT.plusSeconds(60L * minute), energy, energy.multiply(BigDecimal.valueOf(4)));
	}

	private static CounterReading at(int minute, String value) {
		return CounterReading.of(MIDNIGHT.plusSeconds(60L * minute), new BigDecimal(value));
	}

}
