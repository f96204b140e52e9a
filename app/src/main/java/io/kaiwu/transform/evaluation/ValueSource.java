package io.kaiwu.transform.evaluation;

/** Where a KPI value came from, shown next to it. */
public enum ValueSource {

	/** Entered by a person. */
	MANUAL,
	/** Measured by the platform from its own data, with the facts kept. */
	PLATFORM,
	/** The mean of the System Usability Scale answers collected in the evaluation. */
	SURVEY

}
