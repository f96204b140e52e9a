package io.kaiwu.quality.spc;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** One-sided specifications, normality, and the attribute charts' limits. */
class CapabilityTests {

	static final List<Subgroup> TRIAL = PistonRings.samples().subList(0, 25);

	@Test
	void anUpperLimitOnlyGivesCpuAsCpkAndNoCp() {
		Capability capability = Capability.study(TRIAL, new SpecLimits(null, 74.05, null), 0.95);
		assertThat(capability.cp()).isNull();
		assertThat(capability.pp()).isNull();
		assertThat(capability.cpm()).isNull();
		assertThat(capability.cpl()).isNull();
		assertThat(capability.cpk().value()).isCloseTo(1.663, within(1e-3));
		assertThat(capability.ppk().value()).isCloseTo(1.616, within(1e-3));
		assertThat(capability.cpk().lower()).isLessThan(capability.cpk().value());
	}

	@Test
	void aLowerLimitOnlyGivesCplAsCpk() {
		Capability capability = Capability.study(TRIAL, new SpecLimits(73.95, null, null), 0.95);
		assertThat(capability.cpk().value()).isCloseTo(1.743, within(1e-3));
		assertThat(capability.histogram().upper()).isNull();
	}

	@Test
	void specLimitsMustMakeSense() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SpecLimits(null, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new SpecLimits(2.0, 1.0, null));
		assertThat(new SpecLimits(1.0, 3.0, null).target()).isEqualTo(2.0);
	}

	@Test
	void skewedValuesFailTheNormalityTest() {
		// exp(i/5), i = 1..30: scipy.stats.anderson gives A² = 3.26932
		double[] skewed = IntStream.rangeClosed(1, 30).mapToDouble((i) -> Math.exp(i / 5.0)).toArray();
		NormalityTest test = NormalityTest.andersonDarling(skewed);
		assertThat(test.aSquared()).isCloseTo(3.26932, within(1e-4));
		assertThat(test.pValue()).isLessThan(0.005);
	}

	@Test
	void cNpAndUChartLimits() {
		List<Subgroup> fourDefects = IntStream.range(0, 20).mapToObj((i) -> Subgroup.counted(50, 2, 4)).toList();
		Limits c = FrozenLimits.estimate(ChartType.C, fourDefects).locationLimits(50);
		assertThat(c.center()).isEqualTo(4);
		assertThat(c.upper()).isCloseTo(10, within(1e-12));
		assertThat(c.lower()).isZero();
		Limits np = FrozenLimits.estimate(ChartType.NP, fourDefects).locationLimits(50);
		assertThat(np.center()).isCloseTo(2, within(1e-12));
		assertThat(np.upper()).isCloseTo(2 + 3 * Math.sqrt(50 * 0.04 * 0.96), within(1e-12));
		FrozenLimits u = FrozenLimits.estimate(ChartType.U, fourDefects);
		assertThat(u.center()).isCloseTo(0.08, within(1e-12));
		assertThat(u.locationLimits(200).upper()).isCloseTo(0.08 + 3 * Math.sqrt(0.08 / 200), within(1e-12));
	}

	@Test
	void individualsNeedTwentyFiveValues() {
		List<Subgroup> values = IntStream.range(0, 24).mapToObj((i) -> Subgroup.measured(i % 3)).toList();
		try {
			FrozenLimits.estimate(ChartType.I_MR, values);
		}
		catch (TooFewSubgroups ex) {
			assertThat(ex.more()).isEqualTo(1);
			return;
		}
		throw new AssertionError("24 individuals gave limits");
	}

	@Test
	void individualsChartUsesTheMeanMovingRange() {
		// values 0,1,2,0,1,2,...: moving ranges 1,1,2,...: MR̄ over 29 ranges; E2 =
		// 3/d2(2) = 3√π/2
		List<Subgroup> values = IntStream.range(0, 30).mapToObj((i) -> Subgroup.measured(i % 3)).toList();
		FrozenLimits limits = FrozenLimits.estimate(ChartType.I_MR, values);
		double movingRange = (20 * 1 + 9 * 2) / 29.0;
		assertThat(limits.spread()).isCloseTo(movingRange, within(1e-12));
		assertThat(limits.locationLimits(1).upper()).isCloseTo(1 + 3 * Math.sqrt(Math.PI) / 2 * movingRange,
				within(1e-9));
		assertThat(limits.spreadLimits().upper()).isCloseTo(3.267 * movingRange, within(1e-3));
		ControlChart chart = limits.chart(values);
		assertThat(chart.spread().points()).hasSize(29);
		assertThat(chart.spread().points().get(0).subgroup()).isEqualTo(1);
	}

}
