package io.kaiwu.production.mrp.kernel;

import java.time.LocalDate;

/** Which days a plant works: lead times count working days. */
@FunctionalInterface
public interface WorkingCalendar {

	/** Every day is a working day: lead times in calendar days. */
	WorkingCalendar EVERY_DAY = (day) -> true;

	/**
	 * Whether the plant works on a day.
	 * @param day the day.
	 * @return true for a working day.
	 */
	boolean works(LocalDate day);

	/**
	 * The day a lead time must start to end on a day: that many working days earlier.
	 * @param end the day the quantity is needed.
	 * @param leadTimeDays working days, zero or more.
	 * @return the start day; {@code end} itself for no lead time.
	 */
	default LocalDate offset(LocalDate end, int leadTimeDays) {
		LocalDate day = end;
		int counted = 0;
		int guard = 0;
		while (counted < leadTimeDays) {
			day = day.minusDays(1);
			if (works(day)) {
				counted++;
			}
			if (++guard > 3660) {
				// a calendar without working days in ten years: count calendar days
				return end.minusDays(leadTimeDays);
			}
		}
		return day;
	}

}
