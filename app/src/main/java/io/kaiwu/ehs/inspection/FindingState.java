package io.kaiwu.ehs.inspection;

/** Where a finding is in its loop: found, rectified, verified (closed). */
public enum FindingState {

	/** Found, or its rectification was rejected: waiting for the measure. */
	OPEN,
	/** The measure is recorded: waiting for someone else to verify it. */
	RECTIFIED,
	/** Verified by someone other than the rectifier: closed. */
	VERIFIED

}
