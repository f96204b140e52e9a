package io.kaiwu.energy.tariff;

import java.util.List;

/**
 * One reason a tariff is refused.
 *
 * @param kind what is wrong
 * @param where the season's name, the month or the period it concerns
 * @param from for hours, the start of the range (hh:mm); otherwise empty
 * @param to for hours, the end of the range (hh:mm, 24:00 for midnight); otherwise empty
 * @param periods for overlapping hours, the periods that claim them
 */
public record TariffProblem(Kind kind, String where, String from, String to, List<TouPeriod> periods) {

	public TariffProblem {
		periods = List.copyOf(periods);
	}

	static TariffProblem about(Kind kind, String where) {
		return new TariffProblem(kind, where, "", "", List.of());
	}

	/** What is wrong with a tariff. */
	public enum Kind {

		/** No season given. */
		NO_SEASONS,

		/** A month no season covers. */
		MONTH_WITHOUT_SEASON,

		/** A month two seasons claim. */
		MONTH_IN_TWO_SEASONS,

		/** Hours of a season no band covers. */
		MISSING_HOURS,

		/** Hours of a season two bands cover. */
		OVERLAPPING_HOURS,

		/** A period used by a band without a price. */
		NO_PRICE,

		/** A price below zero. */
		NEGATIVE_PRICE

	}

}
