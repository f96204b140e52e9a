package io.kaiwu.masterdata.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A shift as it repeats every working day: wall-clock start and end, and its breaks. A
 * shift whose end is not after its start ends on the next day (a night shift
 * 20:00–08:00); equal times make a 24-hour shift. A shift belongs to the day it starts
 * on.
 *
 * @param name display name, for example 白班.
 * @param start must not be {@literal null}.
 * @param end must not be {@literal null}.
 * @param breaks must lie inside the shift and must not overlap.
 */
public record ShiftPattern(String name, LocalTime start, LocalTime end, List<BreakWindow> breaks) {

	private static final Duration DAY = Duration.ofDays(1);

	public ShiftPattern {
		breaks = List.copyOf(breaks);
	}

	/** What can be wrong with a shift pattern. */
	public enum Rule {

		/** A break starts before the shift or ends after it, or has no length. */
		BREAK_OUTSIDE_SHIFT,
		/** Two breaks of the shift overlap. */
		BREAKS_OVERLAP

	}

	/** A violated rule, with the index of the break it is about. */
	public record Violation(Rule rule, int breakIndex) {
	}

	public boolean crossesMidnight() {
		return !this.end.isAfter(this.start);
	}

	/** The nominal length on a day without a clock change. */
	public Duration nominalLength() {
		Duration length = Duration.between(this.start, this.end);
		return crossesMidnight() ? length.plus(DAY) : length;
	}

	/** The rules this pattern breaks; empty when it is sound. */
	public List<Violation> violations() {
		List<Violation> violations = new ArrayList<>();
		List<Span> spans = new ArrayList<>();
		for (int i = 0; i < this.breaks.size(); i++) {
			Span span = span(this.breaks.get(i), i);
			if (span.from().compareTo(span.to()) >= 0 || span.to().compareTo(nominalLength()) > 0) {
				violations.add(new Violation(Rule.BREAK_OUTSIDE_SHIFT, i));
			}
			else {
				spans.add(span);
			}
		}
		spans.sort(Comparator.comparing(Span::from));
		for (int i = 1; i < spans.size(); i++) {
			if (spans.get(i).from().compareTo(spans.get(i - 1).to()) < 0) {
				violations.add(new Violation(Rule.BREAKS_OVERLAP, spans.get(i).index()));
			}
		}
		return violations;
	}

	/**
	 * The working time of this shift when it starts on the given day: the shift minus its
	 * breaks, as instants in the zone (so a clock change inside the shift lengthens or
	 * shortens it).
	 */
	public List<TimeWindow> workingWindows(LocalDate day, ZoneId zone) {
		LocalDateTime shiftStart = day.atTime(this.start);
		LocalDateTime shiftEnd = crossesMidnight() ? day.plusDays(1).atTime(this.end) : day.atTime(this.end);
		TimeWindow shift = new TimeWindow(instant(shiftStart, zone), instant(shiftEnd, zone));
		List<TimeWindow> cuts = new ArrayList<>();
		for (int i = 0; i < this.breaks.size(); i++) {
			Span span = span(this.breaks.get(i), i);
			if (span.from().compareTo(span.to()) < 0) {
				cuts.add(new TimeWindow(instant(shiftStart.plus(span.from()), zone),
						instant(shiftStart.plus(span.to()), zone)));
			}
		}
		return TimeWindow.subtract(List.of(shift), cuts);
	}

	/** When the shift starts on the given day. */
	public java.time.Instant start(LocalDate day, ZoneId zone) {
		return instant(day.atTime(this.start), zone);
	}

	/** When the shift that starts on the given day ends. */
	public java.time.Instant end(LocalDate day, ZoneId zone) {
		return instant(crossesMidnight() ? day.plusDays(1).atTime(this.end) : day.atTime(this.end), zone);
	}

	/**
	 * A break as offsets from the shift's start; a break that ends at the shift's start
	 * time ends a full day later.
	 */
	private Span span(BreakWindow window, int index) {
		Duration to = offset(window.end());
		return new Span(offset(window.start()), to.isZero() ? DAY : to, index);
	}

	private record Span(Duration from, Duration to, int index) {
	}

	/** How far a wall-clock time lies after the shift's start, within one day. */
	private Duration offset(LocalTime time) {
		Duration offset = Duration.between(this.start, time);
		return offset.isNegative() ? offset.plus(DAY) : offset;
	}

	private static java.time.Instant instant(LocalDateTime local, ZoneId zone) {
		return ZonedDateTime.of(local, zone).toInstant();
	}

}
