package io.kaiwu.production.schedule.solver;

/**
 * One way to run an operation: on this resource it takes this many minutes (alternative
 * resources differ in speed).
 *
 * @param resource the resource id.
 * @param duration processing minutes on it, setup not included.
 */
public record Mode(String resource, int duration) {

	public Mode {
		if (duration < 0) {
			throw new IllegalArgumentException("Negative duration " + duration + " on " + resource);
		}
	}

}
