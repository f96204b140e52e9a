package io.kaiwu.production.allocation.kernel;

/** Why a plant ranks where it does. */
public enum Verdict {

	/** First: on time, and the cheapest of the plants that are on time. */
	BEST,
	/** First although late: no plant is on time, and this one finishes earliest. */
	EARLIEST_BUT_LATE,
	/** On time too, but dearer than the first. */
	DEARER,
	/** On time too and as cheap as the first, but finishes later. */
	LATER,
	/** Finishes after the due date. */
	LATE,
	/** The work already queued leaves no room for the order within the look-ahead. */
	NO_ROOM

}
