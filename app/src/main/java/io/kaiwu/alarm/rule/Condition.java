package io.kaiwu.alarm.rule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import io.kaiwu.alarm.expression.Expression;
import io.kaiwu.alarm.expression.Values;

/**
 * When a rule's condition is abnormal and when it is normal again. Values between the two
 * (inside the deadband) change nothing, so a value hovering at the limit does not raise
 * and clear over and over.
 */
public sealed interface Condition {

	/**
	 * Judges a new value; the track still holds the previous one.
	 * @param value the new value of the rule's property (NaN for an expression).
	 * @param values the newest value of every property of the originator (for an
	 * expression).
	 */
	Verdict judge(Track track, Instant at, double value, Values values);

	/** Judges that no value arrived until now; only the no-data rule cares. */
	default Verdict silence(Track track, Instant now) {
		return Verdict.NONE;
	}

	/**
	 * The condition in symbols, the same in every language, for example
	 * {@code > 80 (deadband 5)} is {@code > 80 ±5}.
	 */
	String notation();

	/** The limit to show in messages, {@literal null} when there is none. */
	default @org.jspecify.annotations.Nullable Double shownLimit() {
		return null;
	}

	/** A number without a needless {@code .0}. */
	static String number(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e15) ? Long.toString((long) value)
				: Double.toString(value);
	}

	private static void notNegative(double deadband) {
		if (!(deadband >= 0) || Double.isInfinite(deadband)) {
			throw new IllegalArgumentException("deadband must be a finite number >= 0");
		}
	}

	private static void finite(double value, String what) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(what + " must be a finite number");
		}
	}

	private static void positive(Duration duration) {
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("duration must be positive");
		}
	}

	/**
	 * Abnormal when {@code value comparison limit}; normal again once the value is beyond
	 * the limit by the deadband.
	 */
	record Threshold(Comparison comparison, double limit, double deadband) implements Condition {

		public Threshold {
			Objects.requireNonNull(comparison, "comparison");
			finite(limit, "limit");
			notNegative(deadband);
		}

		@Override
		public String notation() {
			return this.comparison.symbol() + " " + number(this.limit) + " ±" + number(this.deadband);
		}

		@Override
		public Verdict judge(Track track, Instant at, double value, Values values) {
			if (this.comparison.abnormal(value, this.limit)) {
				return Verdict.RAISE;
			}
			return this.comparison.normalAgain(value, this.limit, this.deadband) ? Verdict.CLEAR : Verdict.NONE;
		}

		@Override
		public Double shownLimit() {
			return this.limit;
		}

	}

	/**
	 * Abnormal outside {@code [low, high]}; normal again inside
	 * {@code [low + deadband, high - deadband]}.
	 */
	record Range(double low, double high, double deadband) implements Condition {

		public Range {
			finite(low, "low");
			finite(high, "high");
			notNegative(deadband);
			if (low + 2 * deadband > high) {
				throw new IllegalArgumentException("low + 2 × deadband must not exceed high");
			}
		}

		@Override
		public String notation() {
			return "∉ [" + number(this.low) + ", " + number(this.high) + "] ±" + number(this.deadband);
		}

		@Override
		public Verdict judge(Track track, Instant at, double value, Values values) {
			if (value < this.low || value > this.high) {
				return Verdict.RAISE;
			}
			boolean inside = value >= this.low + this.deadband && value <= this.high - this.deadband;
			return inside ? Verdict.CLEAR : Verdict.NONE;
		}

	}

	/**
	 * Abnormal when the value changes faster than {@code perMinute} (either way) between
	 * two consecutive values; normal again at or below {@code perMinute - deadband}.
	 */
	record RateOfChange(double perMinute, double deadband) implements Condition {

		public RateOfChange {
			finite(perMinute, "perMinute");
			notNegative(deadband);
			if (perMinute <= 0) {
				throw new IllegalArgumentException("perMinute must be positive");
			}
		}

		@Override
		public String notation() {
			return "|Δ|/min > " + number(this.perMinute) + " ±" + number(this.deadband);
		}

		@Override
		public Verdict judge(Track track, Instant at, double value, Values values) {
			Instant before = track.newestAt();
			if (before == null) {
				return Verdict.NONE;
			}
			double minutes = Duration.between(before, at).toNanos() / 60e9;
			double rate = Math.abs(value - track.newest()) / minutes;
			if (rate > this.perMinute) {
				return Verdict.RAISE;
			}
			return (rate <= this.perMinute - this.deadband) ? Verdict.CLEAR : Verdict.NONE;
		}

		@Override
		public Double shownLimit() {
			return this.perMinute;
		}

	}

	/**
	 * Abnormal when {@code value comparison limit} has held for at least {@code duration}
	 * without a break; normal again as for a threshold. A value inside the deadband
	 * breaks the duration but does not clear.
	 */
	record Sustained(Comparison comparison, double limit, double deadband, Duration duration) implements Condition {

		public Sustained {
			Objects.requireNonNull(comparison, "comparison");
			finite(limit, "limit");
			notNegative(deadband);
			positive(duration);
		}

		@Override
		public String notation() {
			return this.comparison.symbol() + " " + number(this.limit) + " ±" + number(this.deadband) + " ≥ "
					+ this.duration;
		}

		@Override
		public Verdict judge(Track track, Instant at, double value, Values values) {
			if (this.comparison.abnormal(value, this.limit)) {
				Instant since = track.abnormalSince();
				if (since == null) {
					track.abnormalSince(at);
					since = at;
				}
				return Duration.between(since, at).compareTo(this.duration) >= 0 ? Verdict.RAISE : Verdict.NONE;
			}
			track.abnormalSince(null);
			return this.comparison.normalAgain(value, this.limit, this.deadband) ? Verdict.CLEAR : Verdict.NONE;
		}

		@Override
		public Double shownLimit() {
			return this.limit;
		}

	}

	/**
	 * Abnormal when no value arrived for {@code duration} after the last one; normal
	 * again with the next value.
	 */
	record NoData(Duration duration) implements Condition {

		public NoData {
			positive(duration);
		}

		@Override
		public String notation() {
			return "∅ ≥ " + this.duration;
		}

		@Override
		public Verdict judge(Track track, Instant at, double value, Values values) {
			return Verdict.CLEAR;
		}

		@Override
		public Verdict silence(Track track, Instant now) {
			Instant last = track.newestAt();
			return (last != null && Duration.between(last, now).compareTo(this.duration) >= 0) ? Verdict.RAISE
					: Verdict.NONE;
		}

	}

	/**
	 * Abnormal when the expression over several properties holds. Normal again when the
	 * clear expression holds, or, without one, when the expression no longer holds with
	 * every comparison loosened by the deadband ({@code t > 80 && v > 4.5}, deadband 1:
	 * clear once {@code t <= 79 || v <= 3.5}). Not judged until every property it reads
	 * has a value.
	 */
	record Expressed(Expression expression, @org.jspecify.annotations.Nullable Expression clearExpression,
			double deadband) implements Condition {

		public Expressed {
			Objects.requireNonNull(expression, "expression");
			notNegative(deadband);
		}

		@Override
		public String notation() {
			return this.expression.text() + ((this.clearExpression != null) ? " ⟲ " + this.clearExpression.text()
					: " ±" + number(this.deadband));
		}

		@Override
		public Verdict judge(Track track, Instant at, double value, Values values) {
			if (!known(this.expression, values)
					|| (this.clearExpression != null && !known(this.clearExpression, values))) {
				return Verdict.NONE;
			}
			if (this.expression.holds(values)) {
				return Verdict.RAISE;
			}
			boolean normal = (this.clearExpression != null) ? this.clearExpression.holds(values)
					: !this.expression.holdsLoosened(values, this.deadband);
			return normal ? Verdict.CLEAR : Verdict.NONE;
		}

		private static boolean known(Expression expression, Values values) {
			for (String property : expression.properties()) {
				if (Double.isNaN(values.of(property))) {
					return false;
				}
			}
			return true;
		}

	}

}
