package io.kaiwu.masterdata;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One shift of a site's calendar as planned on one day, inside the span asked about.
 *
 * @param name the shift's name, for example 白班.
 * @param day the day it starts on, in the site's zone.
 * @param start when it starts (or the start of the span asked, if later).
 * @param end when it ends (or the end of the span asked, if earlier).
 * @param working its planned working windows: the shift minus breaks and planned stops,
 * sorted.
 */
public record PlannedShift(String name, LocalDate day, Instant start, Instant end, List<Window> working) {

	public PlannedShift {
		working = List.copyOf(working);
	}

	/** A half-open span {@code [start, end)} of planned working time. */
	public record Window(Instant start, Instant end) {
	}

	/** The planned working time of the shift. */
	public Duration workingTime() {
		return this.working.stream()
			.map((w) -> Duration.between(w.start(), w.end()))
			.reduce(Duration.ZERO, Duration::plus);
	}

}
