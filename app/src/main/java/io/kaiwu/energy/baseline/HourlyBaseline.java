package io.kaiwu.energy.baseline;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The baseline of a reference period hour by hour: by the hour-of-the-week profile, what
 * a plant uses on a Monday from 09:00 to 10:00 is what it used on average in the
 * reference period's Mondays from 09:00 to 10:00 (by the hour-of-the-day profile, on
 * every day from 09:00 to 10:00). Only the hours known are averaged: a missing hour is
 * left out, not taken as zero. An actual hour is compared when it is known and its hour
 * of the week has a reference; otherwise it is missing and left out of the totals.
 */
public final class HourlyBaseline {

	private final Profile profile;

	private final Map<Integer, BigDecimal> expected;

	private HourlyBaseline(Profile profile, Map<Integer, BigDecimal> expected) {
		this.profile = profile;
		this.expected = Map.copyOf(expected);
	}

	/** The baseline from a reference period's hours, by their start at the site. */
	public static HourlyBaseline of(Profile profile, List<Hour> reference) {
		Map<Integer, BigDecimal> sum = new HashMap<>();
		Map<Integer, Integer> count = new HashMap<>();
		for (Hour hour : reference) {
			if (hour.quantity() != null) {
				sum.merge(profile.slot(hour.start()), hour.quantity(), BigDecimal::add);
				count.merge(profile.slot(hour.start()), 1, Integer::sum);
			}
		}
		Map<Integer, BigDecimal> mean = new HashMap<>();
		sum.forEach((slot, total) -> mean.put(slot,
				total.divide(BigDecimal.valueOf(count.get(slot)), MathContext.DECIMAL64)));
		return new HourlyBaseline(profile, mean);
	}

	/**
	 * What the baseline expects in the hour starting then; {@literal null} when unknown.
	 */
	public @Nullable BigDecimal expected(LocalDateTime start) {
		return this.expected.get(this.profile.slot(start));
	}

	/**
	 * Each actual hour beside its expected one, with the totals over the hours compared.
	 */
	public Comparison compare(List<Hour> actual) {
		List<Compared> hours = new ArrayList<>();
		BigDecimal expectedTotal = BigDecimal.ZERO;
		BigDecimal actualTotal = BigDecimal.ZERO;
		int compared = 0;
		for (Hour hour : actual) {
			BigDecimal expected = expected(hour.start());
			hours.add(new Compared(hour.start(), hour.quantity(), expected));
			if (expected != null && hour.quantity() != null) {
				compared++;
				expectedTotal = expectedTotal.add(expected);
				actualTotal = actualTotal.add(hour.quantity());
			}
		}
		return new Comparison(hours, compared, actual.size() - compared, expectedTotal, actualTotal,
				expectedTotal.subtract(actualTotal));
	}

	/**
	 * One hour's consumption.
	 *
	 * @param start its start at the site
	 * @param quantity what was used; {@literal null} when missing
	 */
	public record Hour(LocalDateTime start, @Nullable BigDecimal quantity) {
	}

	/**
	 * An actual hour beside the baseline.
	 *
	 * @param start its start at the site
	 * @param actual what was used; {@literal null} when missing
	 * @param expected what the baseline expects; {@literal null} when the reference has
	 * no such hour of the week
	 */
	public record Compared(LocalDateTime start, @Nullable BigDecimal actual, @Nullable BigDecimal expected) {

		/** Expected less actual, when both are known. */
		public @Nullable BigDecimal saving() {
			return (this.actual != null && this.expected != null) ? this.expected.subtract(this.actual) : null;
		}

	}

	/**
	 * @param hours every actual hour
	 * @param hoursCompared the hours with both an actual and an expected value
	 * @param hoursMissing the others
	 * @param expected the baseline over the hours compared
	 * @param actual the consumption over the hours compared
	 * @param saving expected less actual (negative: more was used than the baseline)
	 */
	public record Comparison(List<Compared> hours, int hoursCompared, int hoursMissing, BigDecimal expected,
			BigDecimal actual, BigDecimal saving) {
	}

}
