package io.kaiwu.simulator;

import java.util.random.RandomGenerator;

/**
 * The gas-fired steam boiler (4 t/h) that heats the moulding shop and the plant: not a
 * device itself, but its firing rate drives the natural-gas meter and the stack monitor.
 * It fires harder on the day shift (about 70 %) than at night (about 40 %), with slow
 * swings of ±10 %.
 */
final class Boiler {

	/** Natural gas at full firing, m³/h. */
	static final double FULL_GAS_FLOW = 300;

	private final RandomGenerator random;

	private final Wander swing = new Wander(0.1, 1800);

	private double firing = 0.5;

	Boiler(RandomGenerator random) {
		this.random = random;
	}

	void advance(PlantStep step) {
		this.swing.advance(step.seconds(), this.random);
		this.firing = step.lag(this.firing, (step.dayShift() ? 0.7 : 0.4), 1200);
	}

	/** The firing rate, 0.1..1. */
	double firing() {
		return Values.clamp(this.firing + this.swing.value(), 0.1, 1);
	}

}
