package io.kaiwu.quality.spc;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * The golden test: Montgomery's piston rings (Introduction to Statistical Quality
 * Control; R package qcc, data/pistonrings.txt), 25 trial samples of 5 for phase I and 15
 * more for phase II, against the values recomputed in the research notes §4.1.
 */
class PistonRingTests {

	static final List<Subgroup> ALL = PistonRings.samples();

	static final List<Subgroup> TRIAL = ALL.subList(0, 25);

	static final SpecLimits SPEC = new SpecLimits(73.95, 74.05, 74.00);

	@Test
	void theDataAreTheQccCopy() {
		assertThat(ALL).hasSize(40).allSatisfy((subgroup) -> assertThat(subgroup.size()).isEqualTo(5));
		assertThat(ALL.get(2).values()[0]).isEqualTo(73.988);
	}

	@Test
	void phaseOneMeanAndRangeChart() {
		FrozenLimits limits = FrozenLimits.estimate(ChartType.XBAR_R, TRIAL);
		assertThat(limits.center()).isCloseTo(74.001176, within(1e-6));
		assertThat(limits.spread()).isCloseTo(0.022760, within(1e-6));
		Limits mean = limits.locationLimits(5);
		assertThat(mean.upper()).isCloseTo(74.01431, within(1e-4));
		assertThat(mean.lower()).isCloseTo(73.98804, within(1e-4));
		// exact 3σ/√n limits, which the computed A2 gives
		assertThat(mean.upper()).isCloseTo(74.01430, within(1e-5));
		assertThat(mean.lower()).isCloseTo(73.98805, within(1e-5));
		Limits range = limits.spreadLimits();
		assertThat(range.center()).isCloseTo(0.02276, within(1e-5));
		assertThat(range.upper()).isCloseTo(0.04811, within(1e-4));
		assertThat(range.lower()).isZero();
		assertThat(limits.sigmaWithin()).isCloseTo(0.009785, within(1e-6));
	}

	@Test
	void phaseOneMeanAndStandardDeviationChart() {
		FrozenLimits limits = FrozenLimits.estimate(ChartType.XBAR_S, TRIAL);
		assertThat(limits.spread()).isCloseTo(0.009240, within(1e-6));
		assertThat(limits.locationLimits(5).upper()).isCloseTo(74.01436, within(1e-4));
		assertThat(limits.locationLimits(5).lower()).isCloseTo(73.98799, within(1e-4));
		assertThat(limits.spreadLimits().upper()).isCloseTo(0.01930, within(1e-4));
		assertThat(limits.spreadLimits().lower()).isZero();
	}

	@Test
	void phaseTwoFindsSamples37To39AboveTheFrozenUpperLimit() {
		FrozenLimits limits = FrozenLimits.estimate(ChartType.XBAR_R, TRIAL);
		ControlChart chart = limits.chart(ALL);
		List<Integer> beyond = RunRules.check(RuleSet.westernElectric(), chart.location())
			.stream()
			.filter((violation) -> violation.rule() == RunRule.BEYOND_LIMITS)
			.map((violation) -> violation.subgroup() + 1)
			.toList();
		assertThat(beyond).containsExactly(37, 38, 39);
		assertThat(chart.location().points().get(38).value()).isCloseTo(74.0234, within(1e-4));
		List<Violation> rangeBeyond = RunRules.check(RuleSet.westernElectric(), chart.spread())
			.stream()
			.filter((violation) -> violation.rule() == RunRule.BEYOND_LIMITS)
			.toList();
		assertThat(rangeBeyond).isEmpty();
	}

	@Test
	void phaseOneIsInControl() {
		FrozenLimits limits = FrozenLimits.estimate(ChartType.XBAR_R, TRIAL);
		ControlChart chart = limits.chart(TRIAL);
		assertThat(chart.location().points()).noneMatch(ChartPoint::beyondLimits);
		assertThat(chart.spread().points()).noneMatch(ChartPoint::beyondLimits);
	}

	@Test
	void capabilityAgainstSeventyFourPlusMinusFiveHundredths() {
		Capability capability = Capability.study(TRIAL, SPEC, 0.95);
		assertThat(capability.n()).isEqualTo(125);
		assertThat(capability.sigmaWithin()).isCloseTo(0.009785, within(1e-6));
		assertThat(capability.sigmaOverall()).isCloseTo(0.010070, within(1e-6));
		assertThat(capability.cp().value()).isCloseTo(1.703, within(1e-3));
		assertThat(capability.cpl()).isCloseTo(1.743, within(1e-3));
		assertThat(capability.cpu()).isCloseTo(1.663, within(1e-3));
		assertThat(capability.cpk().value()).isCloseTo(1.663, within(1e-3));
		assertThat(capability.cpm()).isCloseTo(1.691, within(1e-3));
		assertThat(capability.pp().value()).isCloseTo(1.655, within(1e-3));
		assertThat(capability.ppk().value()).isCloseTo(1.616, within(1e-3));
		// intervals recomputed with scipy: chi-square with 100 (Cp) and 124 (Pp) degrees
		// of
		// freedom, Bissell with N = 125
		assertThat(capability.cp().lower()).isCloseTo(1.46737, within(1e-4));
		assertThat(capability.cp().upper()).isCloseTo(1.93870, within(1e-4));
		assertThat(capability.pp().lower()).isCloseTo(1.44921, within(1e-4));
		assertThat(capability.pp().upper()).isCloseTo(1.86065, within(1e-4));
		assertThat(capability.cpk().lower()).isCloseTo(1.44808, within(1e-4));
		assertThat(capability.cpk().upper()).isCloseTo(1.87825, within(1e-4));
		assertThat(capability.ppk().lower()).isCloseTo(1.40670, within(1e-4));
		assertThat(capability.ppk().upper()).isCloseTo(1.82562, within(1e-4));
	}

	@Test
	void thePistonRingsLookNormal() {
		Capability capability = Capability.study(TRIAL, SPEC, 0.95);
		// scipy.stats.anderson gives A² = 0.19102 for these 125 values
		assertThat(capability.normality().aSquared()).isCloseTo(0.19102, within(1e-4));
		assertThat(capability.normality().pValue()).isGreaterThan(0.5);
		int[] counts = capability.histogram().counts();
		assertThat(Arrays.stream(counts).sum()).isEqualTo(125);
		assertThat(capability.histogram().lower()).isEqualTo(73.95);
	}

	@Test
	void tooFewSubgroupsSaysHowManyMoreAreNeeded() {
		assertThatExceptionOfType(TooFewSubgroups.class)
			.isThrownBy(() -> FrozenLimits.estimate(ChartType.XBAR_R, TRIAL.subList(0, 12)))
			.satisfies((ex) -> {
				assertThat(ex.needed()).isEqualTo(20);
				assertThat(ex.more()).isEqualTo(8);
			});
	}

}
