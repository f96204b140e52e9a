package io.kaiwu.quality.nonconformance.kernel;

/**
 * Where a nonconformance report stands. An NCR that needs an 8D runs OPEN → INVESTIGATING
 * (team named) → CORRECTING (root cause found) → VERIFYING (corrective actions in place)
 * → CLOSED; a minor NCR may close from OPEN once it is dispositioned.
 */
public enum NcrState {

	/** Raised; awaiting containment, disposition and, if needed, an 8D team. */
	OPEN,

	/** 8D D1–D4: team, problem description, containment, root cause. */
	INVESTIGATING,

	/** 8D D5–D6: corrective actions chosen and put in place. */
	CORRECTING,

	/** 8D D7: effectiveness verified, recurrence prevented. */
	VERIFYING,

	/** 8D D8: closed. */
	CLOSED,

	/** Withdrawn, for example raised in error. */
	CANCELLED;

	public boolean finished() {
		return this == CLOSED || this == CANCELLED;
	}

}
