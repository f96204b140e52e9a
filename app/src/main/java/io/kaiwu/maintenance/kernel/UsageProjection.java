package io.kaiwu.maintenance.kernel;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a plan by usage (running hours, parts) is expected to fall due, if the machine
 * goes on being used as it was recently: the use still missing to the due point, divided
 * by the recent rate of use (use per hour of calendar time over a recent span).
 *
 * @param reading the meter reading now (seconds of running, or parts)
 * @param duePoint the reading at which the plan is due
 * @param recentUse the use over the recent span (same units)
 * @param recentSpan the recent span of calendar time
 */
public record UsageProjection(long reading, long duePoint, long recentUse, Duration recentSpan) {

	public UsageProjection {
		if (recentSpan.isNegative() || recentSpan.isZero()) {
			throw new IllegalArgumentException("the recent span must be positive");
		}
		if (recentUse < 0) {
			throw new IllegalArgumentException("use must not be negative");
		}
	}

	/**
	 * The moment the plan is expected to fall due: {@code now} when the reading has
	 * reached the due point; empty when the machine was not used in the recent span (no
	 * rate to go by).
	 */
	public Optional<Instant> dueAt(Instant now) {
		long missing = this.duePoint - this.reading;
		if (missing <= 0) {
			return Optional.of(now);
		}
		if (this.recentUse == 0) {
			return Optional.empty();
		}
		// missing / (recentUse / span), in seconds, without rounding the rate
		double seconds = (double) missing * this.recentSpan.toSeconds() / this.recentUse;
		if (seconds > Duration.ofDays(366L * 100).toSeconds()) {
			return Optional.empty();
		}
		return Optional.of(now.plusSeconds(Math.round(seconds)));
	}

}
