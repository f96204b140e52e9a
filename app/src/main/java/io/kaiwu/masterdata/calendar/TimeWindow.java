package io.kaiwu.masterdata.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A half-open span of time {@code [start, end)}.
 *
 * @param start must not be {@literal null}.
 * @param end must not be before {@code start}.
 */
public record TimeWindow(Instant start, Instant end) {

	public TimeWindow {
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("A time window must not end before it starts: " + start + " – " + end);
		}
	}

	public Duration length() {
		return Duration.between(this.start, this.end);
	}

	public boolean isEmpty() {
		return this.start.equals(this.end);
	}

	/** Sorts the windows and merges those that overlap or touch. */
	public static List<TimeWindow> union(List<TimeWindow> windows) {
		List<TimeWindow> sorted = new ArrayList<>(windows.stream().filter((w) -> !w.isEmpty()).toList());
		sorted.sort(Comparator.comparing(TimeWindow::start));
		List<TimeWindow> merged = new ArrayList<>();
		for (TimeWindow window : sorted) {
			if (!merged.isEmpty() && !window.start().isAfter(merged.get(merged.size() - 1).end())) {
				TimeWindow last = merged.remove(merged.size() - 1);
				merged.add(new TimeWindow(last.start(), max(last.end(), window.end())));
			}
			else {
				merged.add(window);
			}
		}
		return merged;
	}

	/** What is left of the windows once every cut is taken out of them. */
	public static List<TimeWindow> subtract(List<TimeWindow> windows, List<TimeWindow> cuts) {
		List<TimeWindow> left = union(windows);
		for (TimeWindow cut : union(cuts)) {
			List<TimeWindow> next = new ArrayList<>();
			for (TimeWindow window : left) {
				if (!cut.start().isBefore(window.end()) || !cut.end().isAfter(window.start())) {
					next.add(window);
					continue;
				}
				if (cut.start().isAfter(window.start())) {
					next.add(new TimeWindow(window.start(), cut.start()));
				}
				if (cut.end().isBefore(window.end())) {
					next.add(new TimeWindow(cut.end(), window.end()));
				}
			}
			left = next;
		}
		return left;
	}

	/** The parts of the windows that lie inside {@code [from, to)}. */
	public static List<TimeWindow> clip(List<TimeWindow> windows, Instant from, Instant to) {
		List<TimeWindow> clipped = new ArrayList<>();
		for (TimeWindow window : windows) {
			Instant start = max(window.start(), from);
			Instant end = min(window.end(), to);
			if (start.isBefore(end)) {
				clipped.add(new TimeWindow(start, end));
			}
		}
		return clipped;
	}

	public static Duration total(List<TimeWindow> windows) {
		return windows.stream().map(TimeWindow::length).reduce(Duration.ZERO, Duration::plus);
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
