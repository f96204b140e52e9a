package io.kaiwu.simulator;

import java.util.random.RandomGenerator;

/**
 * Slow drift around zero (an Ornstein–Uhlenbeck process): it wanders with a typical size
 * of {@code spread} and forgets where it was over about {@code memorySeconds}. Exact for
 * any time step, so an accelerated plant drifts the same way as a real-time one.
 */
final class Wander {

	private final double spread;

	private final double memorySeconds;

	private double value;

	Wander(double spread, double memorySeconds) {
		this.spread = spread;
		this.memorySeconds = memorySeconds;
	}

	double advance(double seconds, RandomGenerator random) {
		double keep = Math.exp(-seconds / this.memorySeconds);
		this.value = this.value * keep + this.spread * Math.sqrt(1 - keep * keep) * random.nextGaussian();
		return this.value;
	}

	double value() {
		return this.value;
	}

}
