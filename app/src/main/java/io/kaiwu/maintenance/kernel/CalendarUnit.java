package io.kaiwu.maintenance.kernel;

/** The unit of a calendar interval. */
public enum CalendarUnit {

	DAYS, WEEKS, MONTHS

}
