package io.kaiwu.production.schedule.solver;

/** How good the answer is known to be. */
public enum SolveStatus {

	/** Proven best on every objective level. */
	OPTIMAL,
	/** Valid, but the time limit ended the search before every level was proven. */
	FEASIBLE

}
