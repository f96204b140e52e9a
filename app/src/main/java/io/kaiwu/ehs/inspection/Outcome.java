package io.kaiwu.ehs.inspection;

/** The answer to one checklist item in an inspection. */
public enum Outcome {

	OK, FINDING, NOT_APPLICABLE

}
