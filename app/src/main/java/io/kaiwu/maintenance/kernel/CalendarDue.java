package io.kaiwu.maintenance.kernel;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A plan due every N days, weeks or months, counted from a start date: due on start + N,
 * start + 2N … Months are counted from the start each time, never from the previous due
 * date, so a plan from 31 January every month is due on 28 (or 29) February, 31 March, 30
 * April.
 *
 * @param start the date the interval is counted from
 * @param every how many units between two due dates, at least 1
 * @param unit days, weeks or months
 */
public record CalendarDue(LocalDate start, int every, CalendarUnit unit) {

	public CalendarDue {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(unit, "unit");
		if (every < 1) {
			throw new IllegalArgumentException("every must be at least 1");
		}
	}

	/** The k-th due date (k from 1). */
	public LocalDate occurrence(long k) {
		long units = k * this.every;
		return switch (this.unit) {
			case DAYS -> this.start.plusDays(units);
			case WEEKS -> this.start.plusWeeks(units);
			case MONTHS -> this.start.plusMonths(units);
		};
	}

	/**
	 * The first due date after a day (missed dates before it are skipped, not piled up).
	 */
	public LocalDate nextAfter(LocalDate day) {
		long k = Math.max(1, estimate(day));
		while (k > 1 && occurrence(k - 1).isAfter(day)) {
			k--;
		}
		while (!occurrence(k).isAfter(day)) {
			k++;
		}
		return occurrence(k);
	}

	/** The first due date on or after a day. */
	public LocalDate onOrAfter(LocalDate day) {
		return nextAfter(day.minusDays(1));
	}

	/**
	 * A guess of k near the day, so that long-running plans are not walked from k = 1.
	 */
	private long estimate(LocalDate day) {
		long days = day.toEpochDay() - this.start.toEpochDay();
		long unitDays = switch (this.unit) {
			case DAYS -> 1;
			case WEEKS -> 7;
			case MONTHS -> 28;
		};
		return days / (unitDays * this.every);
	}

}
