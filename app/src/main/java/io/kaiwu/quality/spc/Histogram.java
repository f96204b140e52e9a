package io.kaiwu.quality.spc;

import org.jspecify.annotations.Nullable;

/**
 * Measured values counted into equal bins, with the specification limits to draw over
 * them.
 *
 * @param start lower edge of the first bin
 * @param width width of every bin
 * @param counts values per bin
 * @param lower LSL, if any
 * @param upper USL, if any
 */
public record Histogram(double start, double width, int[] counts, @Nullable Double lower, @Nullable Double upper) {

	/**
	 * Bins the values: √N bins (at least 5, at most 40) over the values' range.
	 * @param values the values, at least one
	 * @param spec the specification limits
	 * @return the histogram
	 */
	public static Histogram of(double[] values, SpecLimits spec) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (double value : values) {
			min = Math.min(min, value);
			max = Math.max(max, value);
		}
		int bins = (int) Math.max(5, Math.min(40, Math.ceil(Math.sqrt(values.length))));
		double width = (max > min) ? (max - min) / bins : 1;
		int[] counts = new int[bins];
		for (double value : values) {
			counts[Math.min(bins - 1, (int) ((value - min) / width))]++;
		}
		return new Histogram(min, width, counts, spec.lower(), spec.upper());
	}

}
