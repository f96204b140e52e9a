package io.kaiwu.energy.hint;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The series a suggestion rests on, to chart beside it.
 *
 * @param unit the unit of every series (kWh, m3/min)
 * @param series one line each
 */
public record Evidence(String unit, List<Series> series) {

	public Evidence {
		series = List.copyOf(series);
	}

	/**
	 * One line of the chart.
	 *
	 * @param key what it shows, named in the bundle as {@code energy.hint.series.<key>}
	 * @param points in time order
	 */
	public record Series(String key, List<Point> points) {

		public Series {
			points = List.copyOf(points);
		}

	}

	/**
	 * One point.
	 *
	 * @param t epoch milliseconds
	 * @param v the value; {@literal null} where it is missing
	 */
	public record Point(long t, @Nullable Double v) {
	}

}
