package io.kaiwu.quality.inspection.plan;

/** What the inspection frequency (检验频次) counts. */
public enum FrequencyKind {

	/** Every N units produced. */
	UNITS,

	/** Every N minutes. */
	MINUTES,

	/** Once per lot (receiving and final inspection). */
	LOT

}
