package io.kaiwu.ehs.warning;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Follows one monitored point's values in time order. An exceedance opens when a value
 * reaches the 蓝 threshold, follows the worst grade reached (it never falls back to a
 * lower grade while open: the warning stays at its worst until it is over), keeps the
 * peak, and closes at the first value under the 蓝 threshold by the deadband. A value
 * older than the newest one seen arrived late and is ignored.
 */
public final class ExceedanceTracker {

	/** What a value changed. */
	public enum Change {

		/**
		 * Nothing to tell: normal, or open at the same grade (the peak may have moved).
		 */
		NONE,
		/** An exceedance opened at {@link Exceedance#worst()}. */
		OPENED,
		/** The open exceedance reached a worse grade. */
		WORSENED,
		/** The exceedance closed. */
		CLOSED

	}

	/**
	 * The result of one value.
	 *
	 * @param change what changed.
	 * @param exceedance the exceedance after the value (closed for {@code CLOSED});
	 * {@literal null} when none is open and none closed.
	 * @param from the grade before a worsening; {@literal null} otherwise.
	 */
	public record Step(Change change, @Nullable Exceedance exceedance, @Nullable WarningGrade from) {
	}

	private final GradedLimit limit;

	private @Nullable Exceedance open;

	private @Nullable Instant newest;

	public ExceedanceTracker(GradedLimit limit) {
		this(limit, null);
	}

	/** Resumes an exceedance that was open (after a restart or a reload). */
	public ExceedanceTracker(GradedLimit limit, @Nullable Exceedance open) {
		this.limit = limit;
		this.open = (open != null && open.open()) ? open : null;
		this.newest = (this.open != null) ? this.open.peakAt() : null;
	}

	public GradedLimit limit() {
		return this.limit;
	}

	/** The open exceedance, if there is one. */
	public Optional<Exceedance> open() {
		return Optional.ofNullable(this.open);
	}

	/** Takes the next value measured at {@code at}. */
	public Step take(Instant at, double value) {
		if (!Double.isFinite(value) || (this.newest != null && at.isBefore(this.newest))) {
			return new Step(Change.NONE, this.open, null);
		}
		this.newest = at;
		Exceedance current = this.open;
		if (current == null) {
			Optional<WarningGrade> grade = this.limit.grade(value);
			if (grade.isEmpty()) {
				return new Step(Change.NONE, null, null);
			}
			this.open = new Exceedance(at, null, grade.get(), value, at);
			return new Step(Change.OPENED, this.open, null);
		}
		if (this.limit.clearOf(value)) {
			Exceedance closed = new Exceedance(current.startedAt(), at, current.worst(), current.peak(),
					current.peakAt());
			this.open = null;
			return new Step(Change.CLOSED, closed, null);
		}
		boolean higher = value > current.peak();
		WarningGrade grade = this.limit.grade(value).orElse(WarningGrade.BLUE);
		boolean worse = grade.worseThan(current.worst());
		if (higher || worse) {
			this.open = new Exceedance(current.startedAt(), null, worse ? grade : current.worst(),
					higher ? value : current.peak(), higher ? at : current.peakAt());
		}
		return worse ? new Step(Change.WORSENED, this.open, current.worst()) : new Step(Change.NONE, this.open, null);
	}

}
