package io.kaiwu.maintenance.kernel;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time [start, end).
 *
 * @param start inclusive
 * @param end exclusive, not before the start
 */
public record Period(Instant start, Instant end) {

	public Period {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("a period must not end before it starts");
		}
	}

	public Duration length() {
		return Duration.between(this.start, this.end);
	}

	/** The part of this period inside another; zero length when they do not overlap. */
	public Duration overlap(Period other) {
		Instant from = this.start.isAfter(other.start) ? this.start : other.start;
		Instant to = this.end.isBefore(other.end) ? this.end : other.end;
		return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
	}

}
