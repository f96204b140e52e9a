package io.kaiwu.production.schedule.solver;

/**
 * How the levels of the objective are made strict. Sequential is the engine's choice by
 * measurement (docs/architecture.md); the weighted sum stays for that comparison.
 */
public enum LexicographicMethod {

	/** One solve per level, the levels before it bounded by the values they reached. */
	SEQUENTIAL,
	/**
	 * One solve of a single sum whose multipliers make each level outweigh all later
	 * ones.
	 */
	WEIGHTED_SUM

}
