package io.kaiwu.masterdata.calendar;

import java.time.Instant;

/**
 * A planned stop of the whole site (maintenance, stocktaking…): no working time inside
 * it.
 *
 * @param start must not be {@literal null}.
 * @param end must be after {@code start}.
 * @param reason why the site stops.
 */
public record PlannedStop(Instant start, Instant end, String reason) {

	public PlannedStop {
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("A planned stop must end after it starts");
		}
	}

	TimeWindow window() {
		return new TimeWindow(this.start, this.end);
	}

}
