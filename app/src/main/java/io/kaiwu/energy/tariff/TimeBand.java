package io.kaiwu.energy.tariff;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Hours of the day in one period, [from, to). A band ending at 00:00 runs to midnight
 * (24:00); one whose end is before its start crosses midnight (22:00–05:00); one whose
 * end equals its start is the whole day.
 *
 * @param period the period
 * @param from inclusive
 * @param to exclusive
 */
public record TimeBand(TouPeriod period, LocalTime from, LocalTime to) {

	static final int MINUTES_PER_DAY = 24 * 60;

	public TimeBand {
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (from.getSecond() != 0 || from.getNano() != 0 || to.getSecond() != 0 || to.getNano() != 0) {
			throw new IllegalArgumentException("tariff bands start and end on whole minutes");
		}
	}

	/** A band from hh:mm to hh:mm, 24:00 allowed as the end. */
	public static TimeBand of(TouPeriod period, String from, String to) {
		return new TimeBand(period, LocalTime.parse(from),
				"24:00".equals(to) ? LocalTime.MIDNIGHT : LocalTime.parse(to));
	}

	int fromMinute() {
		return this.from.getHour() * 60 + this.from.getMinute();
	}

	/** The end as minutes after midnight, 1440 for midnight itself. */
	int toMinute() {
		int minute = this.to.getHour() * 60 + this.to.getMinute();
		return (minute == 0) ? MINUTES_PER_DAY : minute;
	}

	/** Whether the band covers the minute of the day (0–1439). */
	boolean covers(int minute) {
		int start = fromMinute();
		int end = toMinute() % MINUTES_PER_DAY;
		if (start == end) {
			return true;
		}
		return (start < end) ? (minute >= start && minute < end) : (minute >= start || minute < end);
	}

}
