package io.kaiwu.connectivity.rate;

import java.time.Duration;

/**
 * How fast messages came in over the last minute (or since the first sample, when that is
 * more recent).
 *
 * @param receivedPerSecond messages accepted per second.
 * @param rejectedPerSecond messages refused or failed per second.
 * @param over the time between the samples the rates come from; zero when there were not
 * yet two samples, and then both rates are zero.
 */
public record MessageRate(double receivedPerSecond, double rejectedPerSecond, Duration over) {

	/** No rate yet: fewer than two samples. */
	public static final MessageRate NONE = new MessageRate(0, 0, Duration.ZERO);

}
