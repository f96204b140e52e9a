package io.kaiwu.quality.spc;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Checks a series against a rule set. Each rule is reported at every point where its
 * pattern is complete, counting that point: a run of 10 on one side with a run length of
 * 9 is reported at the 9th and 10th point. The k-of-m zone tests are reported only at a
 * point that is itself beyond the zone, so one pattern is not reported twice for the same
 * cause. Zones use each point's own limits, so p and u charts with varying sample sizes
 * are judged correctly.
 */
public final class RunRules {

	private RunRules() {
	}

	/**
	 * @param rules the rule set
	 * @param series the series to check
	 * @return the violations, by point, in the order of the rule numbers
	 */
	public static List<Violation> check(RuleSet rules, ChartSeries series) {
		boolean movingRange = series.statistic() == ChartSeries.Statistic.MOVING_RANGE;
		List<RunRule> applied = movingRange ? rules.movingRangeRules() : rules.rules();
		boolean[] on = new boolean[RunRule.values().length];
		for (RunRule rule : applied) {
			on[rule.ordinal()] = true;
		}
		List<ChartPoint> points = series.points();
		int size = points.size();
		double[] zone = new double[size];
		List<Violation> found = new ArrayList<>();
		int above = 0;
		int below = 0;
		int rising = 1;
		int falling = 1;
		int alternating = 1;
		int within = 0;
		int outside = 0;
		for (int i = 0; i < size; i++) {
			ChartPoint point = points.get(i);
			double z = point.limits().zoneOf(point.value());
			zone[i] = z;
			above = (z > 0) ? above + 1 : 0;
			below = (z < 0) ? below + 1 : 0;
			within = (Math.abs(z) < 1) ? within + 1 : 0;
			outside = (Math.abs(z) > 1) ? outside + 1 : 0;
			if (i > 0) {
				double step = point.value() - points.get(i - 1).value();
				rising = (step > 0) ? rising + 1 : 1;
				falling = (step < 0) ? falling + 1 : 1;
				if (step != 0 && i > 1
						&& Math.signum(step) == -Math.signum(points.get(i - 1).value() - points.get(i - 2).value())) {
					alternating++;
				}
				else {
					alternating = (step != 0) ? 2 : 1;
				}
			}
			for (RunRule rule : applied) {
				@Nullable Side side = switch (rule) {
					case BEYOND_LIMITS -> (point.value() > point.limits().upper()) ? Side.ABOVE
							: (point.value() < point.limits().lower()) ? Side.BELOW : null;
					case TWO_OF_THREE_BEYOND_TWO_SIGMA -> kOfM(zone, i, 2, 3, 2);
					case FOUR_OF_FIVE_BEYOND_ONE_SIGMA -> kOfM(zone, i, 4, 5, 1);
					case SAME_SIDE_RUN -> (above >= rules.sameSideRun()) ? Side.ABOVE
							: (below >= rules.sameSideRun()) ? Side.BELOW : null;
					case TREND -> (rising >= rules.trendRun()) ? Side.INCREASING
							: (falling >= rules.trendRun()) ? Side.DECREASING : null;
					case ALTERNATING -> (alternating >= rules.alternatingRun()) ? Side.BOTH : null;
					case STRATIFICATION -> (within >= rules.stratificationRun()) ? Side.BOTH : null;
					case MIXTURE ->
						(outside >= rules.mixtureRun() && bothSides(zone, i, rules.mixtureRun())) ? Side.BOTH : null;
				};
				if (side != null) {
					found.add(new Violation(rule, rules.numberOf(rule), rules.family(), point.subgroup(), point.value(),
							side));
				}
			}
		}
		return found;
	}

	/**
	 * k of the m points ending at i beyond {@code sigmas} on one side, point i among
	 * them.
	 */
	private static @Nullable Side kOfM(double[] zone, int i, int k, int m, double sigmas) {
		if (i + 1 < m) {
			return null;
		}
		if (zone[i] > sigmas && count(zone, i, m, sigmas) >= k) {
			return Side.ABOVE;
		}
		if (zone[i] < -sigmas && count(zone, i, m, -sigmas) >= k) {
			return Side.BELOW;
		}
		return null;
	}

	private static int count(double[] zone, int i, int m, double beyond) {
		int count = 0;
		for (int j = i - m + 1; j <= i; j++) {
			if ((beyond > 0) ? zone[j] > beyond : zone[j] < beyond) {
				count++;
			}
		}
		return count;
	}

	private static boolean bothSides(double[] zone, int i, int run) {
		boolean up = false;
		boolean down = false;
		for (int j = i - run + 1; j <= i; j++) {
			up |= zone[j] > 0;
			down |= zone[j] < 0;
		}
		return up && down;
	}

}
