package io.kaiwu.quality.spc;

/** Which way a run-rule violation points. */
public enum Side {

	/** Above the centre line or the upper limit. */
	ABOVE,

	/** Below the centre line or the lower limit. */
	BELOW,

	/** A rising trend. */
	INCREASING,

	/** A falling trend. */
	DECREASING,

	/** Both sides at once (alternation, stratification, mixture). */
	BOTH

}
