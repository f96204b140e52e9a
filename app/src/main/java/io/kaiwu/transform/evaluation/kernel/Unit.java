package io.kaiwu.transform.evaluation.kernel;

/** What a KPI's value counts in. */
public enum Unit {

	/** Per cent, 0–100 for shares. */
	PERCENT,
	/** Calendar days. */
	DAYS,
	/** Times per period (a turnover). */
	TIMES,
	/** Points on a 0–100 scale (the SUS score). */
	POINTS

}
