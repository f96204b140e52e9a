package io.kaiwu.simulator;

import java.time.Instant;

/**
 * One step of plant time that every device model advances by.
 *
 * @param now the plant time at the end of the step.
 * @param seconds the length of the step in plant seconds.
 * @param onBreak whether the shift pattern has a break at {@code now}.
 * @param dayShift whether {@code now} is in the day shift.
 */
record PlantStep(Instant now, double seconds, boolean onBreak, boolean dayShift) {

	/**
	 * Moves {@code value} towards {@code target} as a first-order lag of time constant
	 * tau.
	 */
	double lag(double value, double target, double tauSeconds) {
		return target + (value - target) * Math.exp(-this.seconds / tauSeconds);
	}

}
