package io.kaiwu.quality.inspection.record;

/** Where a subgroup came from. */
public enum SubgroupSource {

	/** Entered by an inspector (page or REST), inside an inspection record. */
	MANUAL,

	/** Grouped from a device's telemetry by a mapping. */
	TELEMETRY

}
