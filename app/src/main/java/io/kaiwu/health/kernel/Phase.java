package io.kaiwu.health.kernel;

/** Where a machine's health monitor stands. */
public enum Phase {

	/**
	 * Learning the machine's normal vibration and temperature from its first running
	 * hour.
	 */
	LEARNING,
	/** Watching: nothing abnormal. */
	NORMAL,
	/**
	 * The vibration has risen over the baseline for long enough: a degradation is under
	 * way.
	 */
	DEGRADING

}
