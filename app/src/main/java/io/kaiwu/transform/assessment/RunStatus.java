package io.kaiwu.transform.assessment;

/** Where an assessment run stands. */
public enum RunStatus {

	/** Being answered. */
	OPEN,
	/** Submitted: the score card is fixed. */
	SUBMITTED

}
