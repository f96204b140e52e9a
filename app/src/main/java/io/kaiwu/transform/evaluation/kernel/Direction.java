package io.kaiwu.transform.evaluation.kernel;

/** Which way a KPI improves. */
public enum Direction {

	HIGHER_IS_BETTER, LOWER_IS_BETTER

}
