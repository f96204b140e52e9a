package io.kaiwu.equipment.state;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A machine's good and reject counters summed per minute of signal time, so that one
 * count is reported per machine and minute rather than per message. A reading older than
 * the counter's previous one is skipped (a late message would look like a reset).
 */
public final class PartsTally {

	/** Parts made in one minute (or the part of it the signals covered). */
	public record Tally(Instant from, Instant to, long good, long reject) {
	}

	private final PartCounter good = new PartCounter();

	private final PartCounter reject = new PartCounter();

	private @Nullable Instant lastGood;

	private @Nullable Instant lastReject;

	private @Nullable Instant minute;

	private long goodSum;

	private long rejectSum;

	/**
	 * Adds the counter readings of one signal.
	 * @param at the signal's timestamp
	 * @param goodReading the good counter's value, {@literal null} when the signal lacks
	 * it
	 * @param rejectReading the reject counter's value, {@literal null} when absent
	 * @return the previous minute's tally when this signal starts a new minute and parts
	 * were counted in it
	 */
	public Optional<Tally> count(Instant at, @Nullable Long goodReading, @Nullable Long rejectReading) {
		Instant signalMinute = at.truncatedTo(ChronoUnit.MINUTES);
		Optional<Tally> closed = Optional.empty();
		if (this.minute != null && signalMinute.isAfter(this.minute)) {
			closed = close();
		}
		if (this.minute == null) {
			this.minute = signalMinute;
		}
		if (goodReading != null && (this.lastGood == null || !at.isBefore(this.lastGood))) {
			this.goodSum += this.good.advance(goodReading);
			this.lastGood = at;
		}
		if (rejectReading != null && (this.lastReject == null || !at.isBefore(this.lastReject))) {
			this.rejectSum += this.reject.advance(rejectReading);
			this.lastReject = at;
		}
		return closed;
	}

	/**
	 * Ends the current minute.
	 * @return its tally; empty when no part was counted
	 */
	public Optional<Tally> close() {
		Instant from = this.minute;
		long goodParts = this.goodSum;
		long rejectParts = this.rejectSum;
		this.minute = null;
		this.goodSum = 0;
		this.rejectSum = 0;
		if (from == null || goodParts + rejectParts == 0) {
			return Optional.empty();
		}
		return Optional.of(new Tally(from, from.plus(Duration.ofMinutes(1)), goodParts, rejectParts));
	}

}
