package io.kaiwu.simulator;

/**
 * A cumulative register such as a meter's energy or volume reading: it only goes up,
 * except that it rolls over to zero past its limit, as the display of a real meter does
 * (an energy meter with 5+2 digits shows 99,999.99 kWh and then 0.00).
 */
final class Register {

	private final double limit;

	private double value;

	/**
	 * A register.
	 * @param initial the reading at the start.
	 * @param limit the highest reading before it rolls over to zero.
	 */
	Register(double initial, double limit) {
		this.limit = limit;
		this.value = initial % (limit + 0.01);
	}

	/** Adds a non-negative amount, rolling over past the limit. */
	void add(double amount) {
		this.value += Math.max(0, amount);
		double span = this.limit + 0.01;
		while (this.value >= span) {
			this.value -= span;
		}
	}

	double value() {
		return this.value;
	}

}
