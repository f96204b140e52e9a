package io.kaiwu.quality.spc;

import java.util.ArrayList;
import java.util.List;

import io.kaiwu.quality.spc.ChartSeries.Statistic;

/**
 * What phase I (试制阶段) learned from a baseline of subgroups, frozen so phase II (监控阶段)
 * judges new subgroups against it: the grand mean and the mean range, standard deviation
 * or moving range of a variable, or the mean fraction, count or rate of an attribute.
 * Limits of the p and u charts are worked out per point from each subgroup's size.
 *
 * @param type the chart
 * @param subgroupSize measurements per subgroup (variables), units per sample (np), 0
 * otherwise
 * @param center x̿, x̄, p̄, c̄ or ū of the baseline
 * @param spread R̄, s̄ or MR̄ of the baseline (variables; 0 for attributes)
 * @param baselineSubgroups how many subgroups the baseline had
 */
public record FrozenLimits(ChartType type, int subgroupSize, double center, double spread, int baselineSubgroups) {

	/**
	 * Phase I: estimate the limits from a baseline.
	 * @param type the chart
	 * @param baseline the baseline subgroups (in control, or with assignable causes
	 * removed)
	 * @return the frozen limits
	 * @throws TooFewSubgroups when the baseline is shorter than the chart's minimum
	 * @throws IllegalArgumentException when the subgroups do not fit the chart
	 */
	public static FrozenLimits estimate(ChartType type, List<Subgroup> baseline) {
		int k = baseline.size();
		if (k < type.minimumSubgroups()) {
			throw new TooFewSubgroups(type, k, type.minimumSubgroups());
		}
		return switch (type) {
			case XBAR_R, XBAR_S -> {
				int n = commonSize(type, baseline);
				double means = 0;
				double spreads = 0;
				for (Subgroup subgroup : baseline) {
					means += subgroup.mean();
					spreads += (type == ChartType.XBAR_R) ? subgroup.range() : subgroup.standardDeviation();
				}
				yield new FrozenLimits(type, n, means / k, spreads / k, k);
			}
			case I_MR -> {
				commonSize(type, baseline);
				double sum = 0;
				double movingRanges = 0;
				for (int i = 0; i < k; i++) {
					sum += baseline.get(i).values()[0];
					if (i > 0) {
						movingRanges += Math.abs(baseline.get(i).values()[0] - baseline.get(i - 1).values()[0]);
					}
				}
				yield new FrozenLimits(type, 1, sum / k, movingRanges / (k - 1), k);
			}
			case P, U -> {
				long inspected = 0;
				long found = 0;
				for (Subgroup subgroup : baseline) {
					inspected += positiveInspected(subgroup);
					found += (type == ChartType.P) ? subgroup.nonconforming() : subgroup.defects();
				}
				yield new FrozenLimits(type, 0, (double) found / inspected, 0, k);
			}
			case NP -> {
				int n = positiveInspected(baseline.get(0));
				long found = 0;
				for (Subgroup subgroup : baseline) {
					if (subgroup.inspected() != n) {
						throw new IllegalArgumentException(
								"An np chart needs the same sample size in every subgroup; use a p chart for varying sizes");
					}
					found += subgroup.nonconforming();
				}
				yield new FrozenLimits(type, n, (double) found / ((long) n * k), 0, k);
			}
			case C -> {
				long defects = 0;
				for (Subgroup subgroup : baseline) {
					defects += subgroup.defects();
				}
				yield new FrozenLimits(type, 0, (double) defects / k, 0, k);
			}
		};
	}

	private static int commonSize(ChartType type, List<Subgroup> subgroups) {
		int n = subgroups.get(0).size();
		int smallest = (type == ChartType.I_MR) ? 1 : ControlChartConstants.SMALLEST;
		int largest = (type == ChartType.I_MR) ? 1 : ControlChartConstants.LARGEST;
		if (n < smallest || n > largest) {
			throw new IllegalArgumentException(
					"A " + type + " chart takes subgroups of " + smallest + " to " + largest + " values, not " + n);
		}
		for (Subgroup subgroup : subgroups) {
			if (subgroup.size() != n) {
				throw new IllegalArgumentException("A " + type + " chart needs subgroups of one size: " + n + " and "
						+ subgroup.size() + " are mixed");
			}
		}
		return n;
	}

	private static int positiveInspected(Subgroup subgroup) {
		if (subgroup.inspected() <= 0) {
			throw new IllegalArgumentException("An attribute subgroup must have inspected at least one unit");
		}
		return subgroup.inspected();
	}

	/**
	 * The process standard deviation within subgroups, as the chart estimates it: R̄/d2,
	 * s̄/c4 or MR̄/d2(2).
	 * @return σ̂ (NaN for attribute charts)
	 */
	public double sigmaWithin() {
		return switch (this.type) {
			case XBAR_R -> this.spread / ControlChartConstants.of(this.subgroupSize).d2();
			case XBAR_S -> this.spread / ControlChartConstants.of(this.subgroupSize).c4();
			case I_MR -> this.spread / ControlChartConstants.of(2).d2();
			default -> Double.NaN;
		};
	}

	/**
	 * Phase II: draw subgroups against these limits.
	 * @param subgroups the subgroups to plot, oldest first (may include the baseline)
	 * @return the chart
	 */
	public ControlChart chart(List<Subgroup> subgroups) {
		return switch (this.type) {
			case XBAR_R -> variableChart(subgroups, Statistic.RANGE);
			case XBAR_S -> variableChart(subgroups, Statistic.STANDARD_DEVIATION);
			case I_MR -> individualsChart(subgroups);
			default -> new ControlChart(this, List.of(attributeSeries(subgroups)));
		};
	}

	/**
	 * @return the limits of the location series (for p and u charts: at a given size)
	 */
	public Limits locationLimits(int inspected) {
		return switch (this.type) {
			case XBAR_R, XBAR_S, I_MR -> Limits.threeSigma(this.center, sigmaOfLocation());
			case P -> Limits.threeSigmaNonNegative(this.center, Math.sqrt(this.center * (1 - this.center) / inspected));
			case NP -> Limits.threeSigmaNonNegative(this.subgroupSize * this.center,
					Math.sqrt(this.subgroupSize * this.center * (1 - this.center)));
			case C -> Limits.threeSigmaNonNegative(this.center, Math.sqrt(this.center));
			case U -> Limits.threeSigmaNonNegative(this.center, Math.sqrt(this.center / inspected));
		};
	}

	/**
	 * @return the limits of the spread series (R, s, MR); only for variables
	 */
	public Limits spreadLimits() {
		return switch (this.type) {
			case XBAR_R -> {
				ControlChartConstants constants = ControlChartConstants.of(this.subgroupSize);
				yield Limits.threeSigmaNonNegative(this.spread, constants.d3() * this.spread / constants.d2());
			}
			case XBAR_S -> {
				double c4 = ControlChartConstants.of(this.subgroupSize).c4();
				yield Limits.threeSigmaNonNegative(this.spread, this.spread * Math.sqrt(1 - c4 * c4) / c4);
			}
			case I_MR -> {
				ControlChartConstants constants = ControlChartConstants.of(2);
				yield Limits.threeSigmaNonNegative(this.spread, constants.d3() * this.spread / constants.d2());
			}
			default -> throw new IllegalStateException("An attribute chart has no spread series");
		};
	}

	private double sigmaOfLocation() {
		return sigmaWithin() / Math.sqrt(this.subgroupSize);
	}

	private ControlChart variableChart(List<Subgroup> subgroups, Statistic spreadStatistic) {
		Limits location = locationLimits(this.subgroupSize);
		Limits spreadLimits = spreadLimits();
		List<ChartPoint> means = new ArrayList<>(subgroups.size());
		List<ChartPoint> spreads = new ArrayList<>(subgroups.size());
		for (int i = 0; i < subgroups.size(); i++) {
			Subgroup subgroup = subgroups.get(i);
			if (subgroup.size() != this.subgroupSize) {
				throw new IllegalArgumentException("Subgroup " + (i + 1) + " has " + subgroup.size()
						+ " values; these limits are for subgroups of " + this.subgroupSize);
			}
			means.add(new ChartPoint(i, subgroup.mean(), location));
			double spread = (spreadStatistic == Statistic.RANGE) ? subgroup.range() : subgroup.standardDeviation();
			spreads.add(new ChartPoint(i, spread, spreadLimits));
		}
		return new ControlChart(this,
				List.of(new ChartSeries(Statistic.MEAN, means), new ChartSeries(spreadStatistic, spreads)));
	}

	private ControlChart individualsChart(List<Subgroup> subgroups) {
		Limits location = locationLimits(1);
		Limits spreadLimits = spreadLimits();
		List<ChartPoint> individuals = new ArrayList<>(subgroups.size());
		List<ChartPoint> movingRanges = new ArrayList<>(subgroups.size());
		for (int i = 0; i < subgroups.size(); i++) {
			double value = subgroups.get(i).values()[0];
			individuals.add(new ChartPoint(i, value, location));
			if (i > 0) {
				movingRanges.add(new ChartPoint(i, Math.abs(value - subgroups.get(i - 1).values()[0]), spreadLimits));
			}
		}
		return new ControlChart(this, List.of(new ChartSeries(Statistic.INDIVIDUAL, individuals),
				new ChartSeries(Statistic.MOVING_RANGE, movingRanges)));
	}

	private ChartSeries attributeSeries(List<Subgroup> subgroups) {
		List<ChartPoint> points = new ArrayList<>(subgroups.size());
		for (int i = 0; i < subgroups.size(); i++) {
			Subgroup subgroup = subgroups.get(i);
			Limits limits = locationLimits(Math.max(1, subgroup.inspected()));
			double value = switch (this.type) {
				case P -> (double) subgroup.nonconforming() / positiveInspected(subgroup);
				case NP -> subgroup.nonconforming();
				case C -> subgroup.defects();
				default -> (double) subgroup.defects() / positiveInspected(subgroup);
			};
			points.add(new ChartPoint(i, value, limits));
		}
		Statistic statistic = switch (this.type) {
			case P -> Statistic.FRACTION_NONCONFORMING;
			case NP -> Statistic.NUMBER_NONCONFORMING;
			case C -> Statistic.DEFECTS;
			default -> Statistic.DEFECTS_PER_UNIT;
		};
		return new ChartSeries(statistic, points);
	}

}
