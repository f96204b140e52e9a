package io.kaiwu.production.schedule.solver;

/**
 * A half-open stretch of time {@code [start, end)} in minutes from the horizon origin.
 *
 * @param start first minute inside.
 * @param end first minute after.
 */
public record TimeWindow(int start, int end) {

	public TimeWindow {
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException(
					"A time window needs 0 <= start < end, got [" + start + ", " + end + ")");
		}
	}

	public int length() {
		return this.end - this.start;
	}

	public boolean overlaps(int from, int to) {
		return from < this.end && this.start < to;
	}

}
