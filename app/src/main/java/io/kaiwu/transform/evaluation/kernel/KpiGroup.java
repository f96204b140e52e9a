package io.kaiwu.transform.evaluation.kernel;

/** The two halves of the guide's results evaluation (成效评估). */
public enum KpiGroup {

	/** 经营成效: what the business gained. */
	BUSINESS,
	/** 数字化能力: how capable the enterprise has become. */
	DIGITAL_CAPABILITY

}
