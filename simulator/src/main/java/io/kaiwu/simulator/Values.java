package io.kaiwu.simulator;

import java.util.random.RandomGenerator;

/** Small numeric helpers of the device models. */
final class Values {

	private Values() {
	}

	static double round(double value, int digits) {
		double scale = Math.pow(10, digits);
		return Math.round(value * scale) / scale;
	}

	static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}

	/** A value drawn evenly from [min, max). */
	static double between(RandomGenerator random, double min, double max) {
		return min + (max - min) * random.nextDouble();
	}

	/** Relative measurement noise: {@code value × (1 + N(0, relative))}. */
	static double noisy(RandomGenerator random, double value, double relative) {
		return value * (1 + relative * random.nextGaussian());
	}

}
