package io.kaiwu.production.schedule.solver;

import org.jspecify.annotations.Nullable;

/**
 * A problem that has no schedule at all, refused before solving: it names the operation
 * (or job, or resource) at fault. A due date that cannot be met is not such a problem.
 */
public final class ProblemRefused extends RuntimeException {

	/** Why there is no schedule. */
	public enum Reason {

		/** Two jobs or two operations share an id. */
		DUPLICATE_ID,
		/** An operation has no resource to run on. */
		NO_RESOURCE,
		/** A mode names a resource the problem does not have. */
		UNKNOWN_RESOURCE,
		/**
		 * The operation is longer than every free window of every resource it may use.
		 */
		NO_WINDOW_LONG_ENOUGH,
		/** A pin names a resource that is not one of the operation's modes. */
		PIN_OFF_MODES,
		/** A pinned operation overlaps blocked time or another pinned operation. */
		PIN_CONFLICT,
		/** The pins together contradict the routing (found by the solver). */
		PINS_CONTRADICT,
		/** The time limit ended before any schedule was found. */
		TIME_LIMIT_TOO_SHORT

	}

	private final Reason reason;

	private final @Nullable String subject;

	public ProblemRefused(Reason reason, @Nullable String subject, String message) {
		super(message);
		this.reason = reason;
		this.subject = subject;
	}

	public Reason reason() {
		return this.reason;
	}

	/** The operation, job or resource at fault. */
	public @Nullable String subject() {
		return this.subject;
	}

}
