package io.kaiwu.energy.baseline;

import java.time.LocalDateTime;

/** How the reference period's hours are matched with the hours compared. */
public enum Profile {

	/**
	 * The same hour of the same weekday (Monday 09:00–10:00 with Mondays 09:00–10:00).
	 */
	HOUR_OF_WEEK {
		@Override
		int slot(LocalDateTime start) {
			return (start.getDayOfWeek().getValue() - 1) * 24 + start.getHour();
		}
	},

	/** The same hour of any day, for a plant that works alike every day. */
	HOUR_OF_DAY {
		@Override
		int slot(LocalDateTime start) {
			return start.getHour();
		}
	};

	/** The slot an hour starting then falls in. */
	abstract int slot(LocalDateTime start);

}
