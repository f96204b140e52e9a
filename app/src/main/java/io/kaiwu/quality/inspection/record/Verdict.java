package io.kaiwu.quality.inspection.record;

/** The decision on a lot (批判定). */
public enum Verdict {

	ACCEPT, REJECT

}
