package io.kaiwu.telemetry.aggregation;

import java.util.Locale;

/** How the points of one time bucket are folded into one value. */
public enum Aggregate {

	AVG, MIN, MAX, SUM, COUNT, FIRST, LAST,
	/**
	 * The increase of a cumulative counter (an energy meter's kWh, a part counter) within
	 * the bucket, right across counter resets and rollover.
	 */
	DELTA;

	public static Aggregate parse(String text) {
		return valueOf(text.trim().toUpperCase(Locale.ROOT));
	}

}
