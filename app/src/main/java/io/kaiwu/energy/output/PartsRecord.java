package io.kaiwu.energy.output;

import java.time.Instant;

/**
 * Parts a machine made in a period, as counted or reported.
 *
 * @param from the period's start
 * @param to its end
 * @param good parts right first time
 * @param reject parts rejected
 * @param reported whether it was reported (报工) rather than counted
 */
record PartsRecord(Instant from, Instant to, long good, long reject, boolean reported) {

	/**
	 * Whether a counter count starts inside this reported period and is replaced by it.
	 */
	boolean replaces(PartsRecord counted) {
		return this.reported && !counted.reported() && !counted.from().isBefore(this.from)
				&& counted.from().isBefore(this.to);
	}

}
