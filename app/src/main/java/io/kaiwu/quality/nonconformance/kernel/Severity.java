package io.kaiwu.quality.nonconformance.kernel;

/** How bad a nonconformance is; a minor one may close without an 8D. */
public enum Severity {

	/** 轻微: no effect on function or safety. */
	MINOR,

	/** 严重: affects function or the customer. */
	MAJOR,

	/** 致命: affects safety or law. */
	CRITICAL

}
