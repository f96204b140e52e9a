package io.kaiwu.equipment.effectiveness;

/** How a span is cut into OEE periods. */
public enum Grouping {

	/** One period per shift of the site's calendar. */
	SHIFT,
	/** One period per calendar day in the site's time zone. */
	DAY

}
