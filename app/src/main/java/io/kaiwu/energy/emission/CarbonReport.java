package io.kaiwu.energy.emission;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.kaiwu.energy.intensity.kernel.Figure;
import io.kaiwu.energy.metering.MeterKind;
import org.jspecify.annotations.Nullable;

/**
 * A site's carbon report of one month.
 *
 * @param siteId the site
 * @param siteCode its code
 * @param siteName its name
 * @param month yyyy-MM
 * @param timeZone the site's time zone the month follows
 * @param lines one per kind of energy the site meters
 * @param scope1 tonnes of CO₂ from fuels burned on site (the known hours)
 * @param scope2 tonnes of CO₂ from purchased electricity, heat and steam
 * @param total scope 1 and 2
 * @param complete whether every hour of every emitting carrier is known and each has a
 * factor
 * @param missingHours the most hours an emitting carrier misses
 * @param withoutFactor emitting kinds no factor fits, left out of the totals
 * @param goodParts good parts made at the site in the month
 * @param rejectParts rejected parts
 * @param outputValueWan the month's output value in 万元
 * @param tonnesPerPart tCO₂ per good part
 * @param tonnesPerWan tCO₂ per 万元
 */
public record CarbonReport(UUID siteId, String siteCode, String siteName, String month, String timeZone,
		List<Line> lines, BigDecimal scope1, BigDecimal scope2, BigDecimal total, boolean complete, int missingHours,
		List<MeterKind> withoutFactor, long goodParts, long rejectParts, Figure outputValueWan, Figure tonnesPerPart,
		Figure tonnesPerWan) {

	/**
	 * One kind of energy.
	 *
	 * @param kind what was used
	 * @param scope SCOPE_1, SCOPE_2, or {@literal null} when it causes no emissions here
	 * @param unit the unit of the quantity
	 * @param quantity the known hours' sum; {@literal null} when none is known
	 * @param missingHours hours not known
	 * @param factorCode the emission factor used
	 * @param factorValue its value
	 * @param factorUnit its unit
	 * @param factorYear the year it describes
	 * @param factorSource where it comes from
	 * @param tonnesCo2 the CO₂ of the known hours
	 */
	public record Line(MeterKind kind, @Nullable String scope, String unit, @Nullable BigDecimal quantity,
			int missingHours, @Nullable String factorCode, @Nullable BigDecimal factorValue,
			@Nullable String factorUnit, @Nullable Integer factorYear, @Nullable String factorSource,
			@Nullable BigDecimal tonnesCo2) {
	}

}
