package io.kaiwu.equipment.oee;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * OEE = availability × performance × quality, checked against published worked examples.
 */
class OeeTests {

	/**
	 * The worked example on oee.com ("OEE Calculation"): an 8-hour shift with 60 minutes
	 * of breaks (420 min planned), 47 min down (373 min run), ideal rate 60 parts/min,
	 * 19,271 parts of which 423 rejects. Published to four decimals: A 0.8881, P 0.8611,
	 * Q 0.9780, OEE 0.7479.
	 */
	@Test
	void reproducesTheOeeComWorkedExample() {
		Oee oee = Oee.of(ProductionPeriod.of(Duration.ofMinutes(420), Duration.ofMinutes(47), Duration.ofSeconds(1),
				19_271, 423));

		assertThat(round4(oee.availability())).isEqualTo(0.8881);
		assertThat(round4(oee.performance())).isEqualTo(0.8611);
		assertThat(round4(oee.quality())).isEqualTo(0.9780);
		assertThat(round4(oee.oee())).isEqualTo(0.7479);
	}

	/**
	 * The worked example used by manufacturingit.net ("Overall Equipment Effectiveness"),
	 * as quoted in our maturity-model research: 0.875 × 0.952 × 0.95 = 0.791 (79.1 %).
	 * The inputs here are chosen to give exactly those factors: 480 min planned, 60 min
	 * down, 2,380 parts at an ideal 10.08 s, 119 rejects.
	 */
	@Test
	void reproducesTheManufacturingItWorkedExample() {
		Oee oee = Oee.of(ProductionPeriod.of(Duration.ofMinutes(480), Duration.ofMinutes(60), Duration.ofMillis(10_080),
				2_380, 119));

		assertThat(oee.availability()).isCloseTo(0.875, within(1e-12));
		assertThat(oee.performance()).isCloseTo(0.952, within(1e-12));
		assertThat(oee.quality()).isCloseTo(0.95, within(1e-12));
		assertThat(Math.round(oee.oee() * 1000) / 1000.0).isEqualTo(0.791);
	}

	@Test
	void theSixBigLossesAddUpToPlannedMinusFullyProductiveTime() {
		// 480 min planned; 30 min breakdown, 20 min setup, 15 min of minor stops;
		// 1 min ideal cycle; 380 parts, 12 rejects of which 4 after start-up.
		ProductionPeriod period = new ProductionPeriod(Duration.ofMinutes(480), Duration.ofMinutes(30),
				Duration.ofMinutes(20), Duration.ofMinutes(15), Duration.ofMinutes(1), 380, 12, 4);
		Oee oee = Oee.of(period);

		SixBigLosses losses = oee.losses();
		assertThat(losses.equipmentFailure()).isEqualTo(30.0);
		assertThat(losses.setupAndAdjustments()).isEqualTo(20.0);
		assertThat(losses.idlingAndMinorStops()).isEqualTo(15.0);
		assertThat(losses.reducedSpeed()).isCloseTo(430 - 15 - 380, within(1e-9));
		assertThat(losses.processDefects()).isCloseTo(8.0, within(1e-9));
		assertThat(losses.reducedYield()).isCloseTo(4.0, within(1e-9));
		double fullyProductive = 368 * 1.0;
		assertThat(losses.total()).isCloseTo(480 - fullyProductive, within(1e-9));
		assertThat(oee.oee()).isCloseTo(fullyProductive / 480, within(1e-12));
	}

	@Test
	void aPeriodWithNothingPlannedHasNoEffectivenessInsteadOfDividingByZero() {
		Oee oee = Oee.of(ProductionPeriod.of(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(30), 0, 0));

		assertThat(oee.availability()).isZero();
		assertThat(oee.performance()).isZero();
		assertThat(oee.quality()).isZero();
		assertThat(oee.oee()).isZero();
	}

	@Test
	void refusesInconsistentPeriods() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> ProductionPeriod.of(Duration.ofMinutes(60), Duration.ofMinutes(61), Duration.ofSeconds(1), 10, 0))
			.withMessageContaining("plannedProductionTime");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ProductionPeriod.of(Duration.ofMinutes(60), Duration.ZERO, Duration.ofSeconds(1), 10, 11))
			.withMessageContaining("rejectCount");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ProductionPeriod.of(Duration.ofMinutes(-1), Duration.ZERO, Duration.ofSeconds(1), 0, 0))
			.withMessageContaining("plannedProductionTime");
	}

	private static double round4(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
