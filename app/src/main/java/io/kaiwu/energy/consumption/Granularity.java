package io.kaiwu.energy.consumption;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * How consumption is added up: by clock hour, by day or by month of the site's calendar.
 */
public enum Granularity {

	HOUR, DAY, MONTH;

	/** The start of the bucket an hour belongs to, in the site's time zone. */
	ZonedDateTime bucketOf(ZonedDateTime hour) {
		return switch (this) {
			case HOUR -> hour.truncatedTo(ChronoUnit.HOURS);
			case DAY -> hour.truncatedTo(ChronoUnit.DAYS);
			case MONTH -> hour.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
		};
	}

}
