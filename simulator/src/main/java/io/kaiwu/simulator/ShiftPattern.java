package io.kaiwu.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The plant's working time: two 12-hour shifts, seven days a week, in the plant's time
 * zone (Asia/Shanghai): the day shift 08:00–20:00 and the night shift 20:00–08:00. Each
 * shift has two 10-minute tea breaks and a 30-minute meal break, during which the
 * machines stand idle: day shift 10:00, 12:00 (meal), 16:00; night shift 22:00, 00:00
 * (meal), 04:00.
 */
public final class ShiftPattern {

	/** The demo plant's pattern. */
	public static final ShiftPattern TWO_SHIFTS = new ShiftPattern(ZoneId.of("Asia/Shanghai"),
			List.of(new Break(LocalTime.of(10, 0), Duration.ofMinutes(10)),
					new Break(LocalTime.of(12, 0), Duration.ofMinutes(30)),
					new Break(LocalTime.of(16, 0), Duration.ofMinutes(10)),
					new Break(LocalTime.of(22, 0), Duration.ofMinutes(10)),
					new Break(LocalTime.of(0, 0), Duration.ofMinutes(30)),
					new Break(LocalTime.of(4, 0), Duration.ofMinutes(10))));

	private final ZoneId zone;

	private final List<Break> breaks;

	private ShiftPattern(ZoneId zone, List<Break> breaks) {
		this.zone = zone;
		this.breaks = List.copyOf(breaks);
	}

	/** The plant's time zone. */
	public ZoneId zone() {
		return this.zone;
	}

	/** Whether the plant is on a break at this instant. */
	public boolean isBreak(Instant at) {
		LocalTime time = at.atZone(this.zone).toLocalTime();
		for (Break b : this.breaks) {
			if (!time.isBefore(b.start()) && time.isBefore(b.start().plus(b.length()))) {
				return true;
			}
		}
		return false;
	}

	/** Whether the instant falls in the day shift (08:00–20:00). */
	public boolean isDayShift(Instant at) {
		int hour = at.atZone(this.zone).getHour();
		return hour >= 8 && hour < 20;
	}

	/**
	 * A break.
	 *
	 * @param start when it starts, local time.
	 * @param length how long it lasts (never past midnight).
	 */
	record Break(LocalTime start, Duration length) {
	}

}
