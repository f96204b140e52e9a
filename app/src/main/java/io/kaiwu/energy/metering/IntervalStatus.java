package io.kaiwu.energy.metering;

/** How the consumption of an interval was found. */
public enum IntervalStatus {

	/** The counter went up: consumption is the difference. */
	MEASURED,

	/** The counter passed its maximum and went on from zero. */
	ROLLOVER,

	/**
	 * The counter was replaced or zeroed: consumption counts from zero, plus what the old
	 * counter counted after the previous reading when its final value is known.
	 */
	RESET,

	/**
	 * The readings are further apart than the reading period allows: what was used when
	 * is not known. Never zero, never interpolated.
	 */
	MISSING

}
