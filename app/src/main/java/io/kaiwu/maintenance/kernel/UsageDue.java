package io.kaiwu.maintenance.kernel;

/**
 * A plan due every N units of use (seconds of running, parts made), counted from a meter
 * reading: due at baseline + N, baseline + 2N … A reading that jumps over several due
 * points at once is one due plan, and the next due point is the first beyond it.
 *
 * @param baseline the meter reading the interval is counted from
 * @param every units of use between two due points, at least 1
 */
public record UsageDue(long baseline, long every) {

	public UsageDue {
		if (every < 1) {
			throw new IllegalArgumentException("every must be at least 1");
		}
	}

	/** The first due point. */
	public long first() {
		return this.baseline + this.every;
	}

	/** Whether a reading has reached a due point. */
	public static boolean reached(long reading, long duePoint) {
		return reading >= duePoint;
	}

	/** The first due point beyond a reading. */
	public long nextAfter(long reading) {
		if (reading < this.baseline) {
			return first();
		}
		long passed = (reading - this.baseline) / this.every;
		return this.baseline + Math.multiplyExact(passed + 1, this.every);
	}

}
