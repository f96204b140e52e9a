package io.kaiwu.quality.spc;

import java.util.List;

/**
 * A control chart drawn with frozen limits: the location series (X̄, individuals or the
 * attribute) and, for variables, the spread series (R, s or moving range).
 *
 * @param limits the limits it was drawn with
 * @param series its series, location first
 */
public record ControlChart(FrozenLimits limits, List<ChartSeries> series) {

	public ChartSeries location() {
		return this.series.get(0);
	}

	/**
	 * @return the spread series, or the location series for an attribute chart
	 */
	public ChartSeries spread() {
		return this.series.get(this.series.size() - 1);
	}

}
