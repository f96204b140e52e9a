package io.kaiwu.quality.spc;

/**
 * One rational subgroup (合理子组): measured values of a variable characteristic, or the
 * counts of an attribute one.
 *
 * @param values measured values (empty for an attribute)
 * @param inspected units inspected (attributes)
 * @param nonconforming units found nonconforming (attributes)
 * @param defects defects counted (attributes)
 */
public record Subgroup(double[] values, int inspected, int nonconforming, int defects) {

	private static final double[] NONE = new double[0];

	public static Subgroup measured(double... values) {
		return new Subgroup(values, 0, 0, 0);
	}

	public static Subgroup counted(int inspected, int nonconforming, int defects) {
		return new Subgroup(NONE, inspected, nonconforming, defects);
	}

	public int size() {
		return this.values.length;
	}

	public double mean() {
		double sum = 0;
		for (double value : this.values) {
			sum += value;
		}
		return sum / this.values.length;
	}

	public double range() {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (double value : this.values) {
			min = Math.min(min, value);
			max = Math.max(max, value);
		}
		return max - min;
	}

	/**
	 * @return the sample standard deviation (n − 1 in the denominator)
	 */
	public double standardDeviation() {
		double mean = mean();
		double squares = 0;
		for (double value : this.values) {
			squares += (value - mean) * (value - mean);
		}
		return Math.sqrt(squares / (this.values.length - 1));
	}

}
