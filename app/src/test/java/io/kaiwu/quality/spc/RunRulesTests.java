package io.kaiwu.quality.spc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

import io.kaiwu.quality.spc.ChartSeries.Statistic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Each run rule on a synthetic series in sigma units (centre 0, σ 1, limits ±3), in each
 * direction, and a series that triggers none of them.
 */
class RunRulesTests {

	static final RuleSet WE = RuleSet.westernElectric();

	static final RuleSet NELSON = RuleSet.nelson();

	/** Never 3 on a side, never 2 rising, never within 1σ twice, never beyond 2σ. */
	static final double[] QUIET = repeat(new double[] { 0.5, 1.5, 1.2, -0.5, -1.5, -1.2 }, 5);

	static List<Violation> check(RuleSet rules, Statistic statistic, double... values) {
		Limits limits = new Limits(0, 1, -3, 3);
		List<ChartPoint> points = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			points.add(new ChartPoint(i, values[i], limits));
		}
		return RunRules.check(rules, new ChartSeries(statistic, points));
	}

	static List<Violation> check(RuleSet rules, double... values) {
		return check(rules, Statistic.INDIVIDUAL, values);
	}

	static double[] repeat(double[] block, int times) {
		return IntStream.range(0, block.length * times).mapToDouble((i) -> block[i % block.length]).toArray();
	}

	static double[] negate(double[] values) {
		return DoubleStream.of(values).map((value) -> -value).toArray();
	}

	static double[] same(double value, int times) {
		return DoubleStream.generate(() -> value).limit(times).toArray();
	}

	@Test
	void aQuietSeriesTriggersNothing() {
		assertThat(check(WE, QUIET)).isEmpty();
		assertThat(check(NELSON, QUIET)).isEmpty();
		assertThat(check(NELSON, Statistic.MOVING_RANGE, QUIET)).isEmpty();
	}

	@Test
	void rule1OnePointBeyondALimit() {
		assertThat(check(WE, 0, 3.5))
			.extracting(Violation::rule, Violation::number, Violation::subgroup, Violation::side)
			.containsExactly(tuple(RunRule.BEYOND_LIMITS, 1, 1, Side.ABOVE));
		assertThat(check(NELSON, 0, -3.5))
			.extracting(Violation::rule, Violation::number, Violation::subgroup, Violation::side)
			.containsExactly(tuple(RunRule.BEYOND_LIMITS, 1, 1, Side.BELOW));
		assertThat(check(WE, 0, 3.0)).as("on the limit is not beyond it").isEmpty();
	}

	@Test
	void twoOfThreeBeyondTwoSigma() {
		double[] up = { 0, 2.5, 0.5, 2.5 };
		assertThat(check(WE, up)).extracting(Violation::rule, Violation::number, Violation::subgroup, Violation::side)
			.containsExactly(tuple(RunRule.TWO_OF_THREE_BEYOND_TWO_SIGMA, 2, 3, Side.ABOVE));
		assertThat(check(NELSON, negate(up)))
			.extracting(Violation::rule, Violation::number, Violation::subgroup, Violation::side)
			.containsExactly(tuple(RunRule.TWO_OF_THREE_BEYOND_TWO_SIGMA, 5, 3, Side.BELOW));
		assertThat(check(WE, 2.5, 0.5, -2.5)).as("on opposite sides").isEmpty();
	}

	@Test
	void fourOfFiveBeyondOneSigma() {
		double[] up = { 1.5, 1.5, 0.5, 1.5, 1.5 };
		assertThat(check(WE, up)).extracting(Violation::rule, Violation::number, Violation::subgroup, Violation::side)
			.containsExactly(tuple(RunRule.FOUR_OF_FIVE_BEYOND_ONE_SIGMA, 3, 4, Side.ABOVE));
		assertThat(check(NELSON, negate(up)))
			.extracting(Violation::rule, Violation::number, Violation::subgroup, Violation::side)
			.containsExactly(tuple(RunRule.FOUR_OF_FIVE_BEYOND_ONE_SIGMA, 6, 4, Side.BELOW));
	}

	@Test
	void eightOnOneSideForWesternElectricNineForNelson() {
		assertThat(check(WE, same(0.5, 8)))
			.extracting(Violation::rule, Violation::number, Violation::subgroup, Violation::side)
			.containsExactly(tuple(RunRule.SAME_SIDE_RUN, 4, 7, Side.ABOVE));
		assertThat(check(WE, same(-0.5, 8))).extracting(Violation::rule, Violation::subgroup, Violation::side)
			.containsExactly(tuple(RunRule.SAME_SIDE_RUN, 7, Side.BELOW));
		assertThat(check(NELSON, same(0.5, 8))).isEmpty();
		assertThat(check(NELSON, same(-0.5, 9)))
			.extracting(Violation::rule, Violation::number, Violation::subgroup, Violation::side)
			.containsExactly(tuple(RunRule.SAME_SIDE_RUN, 2, 8, Side.BELOW));
		assertThat(check(NELSON, same(0.5, 9))).extracting(Violation::side).containsExactly(Side.ABOVE);
	}

	@Test
	void runLengthsAreConfigurable() {
		RuleSet nineForWesternElectric = new RuleSet(RuleSet.Family.WESTERN_ELECTRIC, 9, 6, 14, 15, 8);
		assertThat(check(nineForWesternElectric, same(0.5, 8))).isEmpty();
		assertThat(check(nineForWesternElectric, same(0.5, 9))).hasSize(1);
		RuleSet sevenForNelson = new RuleSet(RuleSet.Family.NELSON, 7, 6, 14, 15, 8);
		assertThat(check(sevenForNelson, same(0.5, 7))).extracting(Violation::subgroup).containsExactly(6);
	}

	@Test
	void sixInARowSteadilyIncreasingOrDecreasing() {
		double[] rising = { -1, -0.6, -0.2, 0.2, 0.6, 1.0 };
		assertThat(check(NELSON, rising))
			.extracting(Violation::rule, Violation::number, Violation::subgroup, Violation::side)
			.containsExactly(tuple(RunRule.TREND, 3, 5, Side.INCREASING));
		assertThat(check(NELSON, negate(rising))).extracting(Violation::rule, Violation::subgroup, Violation::side)
			.containsExactly(tuple(RunRule.TREND, 5, Side.DECREASING));
		assertThat(check(NELSON, -1, -0.6, -0.2, 0.2, 0.6)).as("five are not a trend").isEmpty();
		assertThat(check(WE, rising)).as("not a Western Electric rule").isEmpty();
	}

	@Test
	void fourteenInARowAlternating() {
		double[] upFirst = repeat(new double[] { -0.5, 0.5 }, 7);
		assertThat(check(NELSON, upFirst))
			.extracting(Violation::rule, Violation::number, Violation::subgroup, Violation::side)
			.containsExactly(tuple(RunRule.ALTERNATING, 4, 13, Side.BOTH));
		assertThat(check(NELSON, negate(upFirst))).extracting(Violation::rule, Violation::subgroup)
			.containsExactly(tuple(RunRule.ALTERNATING, 13));
		assertThat(check(NELSON, Arrays.copyOf(upFirst, 13))).isEmpty();
	}

	@Test
	void fifteenInARowWithinOneSigma() {
		double[] hugging = repeat(new double[] { 0.2, 0.4, -0.2, -0.4 }, 4);
		List<Violation> found = check(NELSON, Arrays.copyOf(hugging, 15));
		assertThat(found).extracting(Violation::rule, Violation::number, Violation::subgroup, Violation::side)
			.containsExactly(tuple(RunRule.STRATIFICATION, 7, 14, Side.BOTH));
		assertThat(check(NELSON, Arrays.copyOf(negate(hugging), 15))).extracting(Violation::rule)
			.containsExactly(RunRule.STRATIFICATION);
		assertThat(check(NELSON, Arrays.copyOf(hugging, 14))).isEmpty();
	}

	@Test
	void eightInARowBeyondOneSigmaOnBothSides() {
		double[] mixture = { 1.5, 1.5, -1.5, -1.5, 1.5, 1.5, -1.5, -1.5 };
		assertThat(check(NELSON, mixture))
			.extracting(Violation::rule, Violation::number, Violation::subgroup, Violation::side)
			.containsExactly(tuple(RunRule.MIXTURE, 8, 7, Side.BOTH));
		assertThat(check(NELSON, negate(mixture))).extracting(Violation::rule).containsExactly(RunRule.MIXTURE);
		assertThat(check(NELSON, same(1.5, 8))).extracting(Violation::rule)
			.as("all on one side is a shift, not a mixture")
			.doesNotContain(RunRule.MIXTURE);
	}

	@Test
	void movingRangesAreJudgedOnlyByNelsonsFirstFourRules() {
		assertThat(check(NELSON, Statistic.MOVING_RANGE, 0, 2.5, 0.5, 2.5)).isEmpty();
		assertThat(check(WE, Statistic.MOVING_RANGE, 1.5, 1.5, 0.5, 1.5, 1.5)).isEmpty();
		assertThat(check(NELSON, Statistic.MOVING_RANGE, 0, 3.5)).extracting(Violation::rule)
			.containsExactly(RunRule.BEYOND_LIMITS);
		assertThat(check(WE, Statistic.MOVING_RANGE, same(0.5, 8))).extracting(Violation::rule)
			.containsExactly(RunRule.SAME_SIDE_RUN);
		assertThat(check(NELSON, Statistic.MOVING_RANGE, -1, -0.6, -0.2, 0.2, 0.6, 1.0)).extracting(Violation::rule)
			.containsExactly(RunRule.TREND);
	}

	@Test
	void attributeChartsWithVaryingSampleSizesAreJudgedAgainstEachPointsOwnLimits() {
		// p̄ = 0.1: a fraction of 0.25 is beyond 3σ for 100 inspected (UCL 0.19) but not
		// for 10
		// (UCL 0.385)
		List<Subgroup> subgroups = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			subgroups.add(Subgroup.counted(100, 10, 10));
		}
		FrozenLimits limits = FrozenLimits.estimate(ChartType.P, subgroups);
		ControlChart chart = limits.chart(List.of(Subgroup.counted(100, 25, 25), Subgroup.counted(10, 2, 2),
				Subgroup.counted(100, 10, 10), Subgroup.counted(20, 5, 5)));
		assertThat(chart.location().points().get(0).limits().upper()).isCloseTo(0.19, within(1e-9));
		assertThat(RunRules.check(WE, chart.location())).extracting(Violation::rule, Violation::subgroup)
			.containsExactly(tuple(RunRule.BEYOND_LIMITS, 0));
	}

}
