package io.kaiwu.quality.spc;

import java.util.List;

/**
 * One statistic of a chart (X̄, R, s, individual, moving range, p, np, c or u) over the
 * subgroups.
 *
 * @param statistic what is plotted
 * @param points the points, oldest first
 */
public record ChartSeries(Statistic statistic, List<ChartPoint> points) {

	/** What a series plots. */
	public enum Statistic {

		MEAN, RANGE, STANDARD_DEVIATION, INDIVIDUAL, MOVING_RANGE, FRACTION_NONCONFORMING, NUMBER_NONCONFORMING,
		DEFECTS, DEFECTS_PER_UNIT

	}

}
