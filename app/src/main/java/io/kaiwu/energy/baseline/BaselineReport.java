package io.kaiwu.energy.baseline;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import io.kaiwu.energy.metering.MeterKind;
import org.jspecify.annotations.Nullable;

/**
 * Actual against baseline for a meter or a node, one series per kind of energy.
 *
 * @param profile how reference hours are matched with the hours compared
 * @param timeZone the site's zone, in which hours are read
 * @param referenceFrom the reference period's start
 * @param referenceTo its end, exclusive
 * @param from the compared period's start
 * @param to its end, exclusive
 * @param series one per kind
 */
public record BaselineReport(Profile profile, String timeZone, OffsetDateTime referenceFrom, OffsetDateTime referenceTo,
		OffsetDateTime from, OffsetDateTime to, List<Series> series) {

	/**
	 * @param kind what is measured
	 * @param unit the unit of the quantities
	 * @param hoursCompared hours with an actual and an expected value
	 * @param hoursMissing hours without one of them (left out of the totals)
	 * @param expected the baseline over the hours compared; {@literal null} when none is
	 * @param actual the consumption over them; {@literal null} when none is
	 * @param saving expected less actual; {@literal null} when no hour is compared
	 * @param savingPercent the saving as a share of the expected
	 * @param savingCost the saving priced hour by hour at the site's tariff (electricity)
	 * @param savingTce the saving in tonnes of standard coal (GB/T 2589)
	 * @param tariff the site's tariff code, when the saving is priced
	 * @param hours each hour with its actual and expected value
	 */
	public record Series(MeterKind kind, String unit, int hoursCompared, int hoursMissing,
			@Nullable BigDecimal expected, @Nullable BigDecimal actual, @Nullable BigDecimal saving,
			@Nullable BigDecimal savingPercent, @Nullable BigDecimal savingCost, @Nullable BigDecimal savingTce,
			@Nullable String tariff, List<HourView> hours) {
	}

	/**
	 * @param start the hour's start at the site
	 * @param actual used; {@literal null} when missing
	 * @param expected by the baseline; {@literal null} when not known
	 */
	public record HourView(OffsetDateTime start, @Nullable BigDecimal actual, @Nullable BigDecimal expected) {
	}

}
