package io.kaiwu.alarm.rule;

import java.time.Instant;

import io.kaiwu.alarm.expression.Values;
import org.jspecify.annotations.Nullable;

/**
 * What one rule remembers about one originator: whether its condition is active, the
 * newest value and its time, and since when the value is abnormal. Used by one thread
 * only. Values not newer than the newest one seen (late or repeated messages) are
 * ignored, so messages arriving together or out of order cannot raise twice.
 */
public final class Track {

	private boolean active;

	private @Nullable Instant newestAt;

	private double newest;

	private @Nullable Instant abnormalSince;

	/**
	 * A track whose condition is already active (an alarm of the rule is open for the
	 * originator) or not.
	 */
	public Track(boolean active) {
		this.active = active;
	}

	/** Judges a new value; answers RAISE or CLEAR only when the condition changes. */
	public Verdict observe(Condition condition, Instant at, double value) {
		return observe(condition, at, value, (property) -> Double.NaN);
	}

	/**
	 * Judges the newest values of several properties (an expression); answers RAISE or
	 * CLEAR only when the condition changes.
	 */
	public Verdict observe(Condition condition, Instant at, Values values) {
		return observe(condition, at, Double.NaN, values);
	}

	private Verdict observe(Condition condition, Instant at, double value, Values values) {
		if (this.newestAt != null && !at.isAfter(this.newestAt)) {
			return Verdict.NONE;
		}
		Verdict verdict = condition.judge(this, at, value, values);
		this.newestAt = at;
		this.newest = value;
		return settle(verdict);
	}

	/** Judges that nothing arrived until now (for the no-data rule). */
	public Verdict silence(Condition condition, Instant now) {
		return settle(condition.silence(this, now));
	}

	private Verdict settle(Verdict verdict) {
		if (verdict == Verdict.RAISE && !this.active) {
			this.active = true;
			return Verdict.RAISE;
		}
		if (verdict == Verdict.CLEAR && this.active) {
			this.active = false;
			return Verdict.CLEAR;
		}
		return Verdict.NONE;
	}

	public boolean active() {
		return this.active;
	}

	/** The time of the newest value; {@literal null} before the first. */
	@Nullable Instant newestAt() {
		return this.newestAt;
	}

	/** The newest value (meaningless before the first). */
	double newest() {
		return this.newest;
	}

	@Nullable Instant abnormalSince() {
		return this.abnormalSince;
	}

	void abnormalSince(@Nullable Instant since) {
		this.abnormalSince = since;
	}

}
