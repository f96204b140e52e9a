package io.kaiwu.energy.metering;

/**
 * How one hour's consumption was found, the worst of what happened in it: a missing part
 * outweighs a flagged reading, which outweighs a reset, which outweighs a rollover.
 */
public enum HourStatus {

	/** Counted from readings that only went up. */
	OK,

	/** Counted; the counter passed its maximum in the hour. */
	ROLLOVER,

	/** Counted; the counter was replaced or zeroed in the hour. */
	RESET,

	/** Counted; a reading in the hour was set aside (the reason says which and why). */
	FLAGGED,

	/** Part or all of the hour has no counted interval: not known, never zero. */
	MISSING

}
