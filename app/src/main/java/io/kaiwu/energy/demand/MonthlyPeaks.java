package io.kaiwu.energy.demand;

import java.time.YearMonth;
import java.util.List;

import io.kaiwu.energy.demand.kernel.DemandWindow;
import org.jspecify.annotations.Nullable;

/**
 * A site's peak demand (最大需量) in a month: the site's, from its counted meters added
 * quarter by quarter, and each electricity meter's.
 *
 * @param site the site's name
 * @param month the month at the site
 * @param timeZone the site's time zone
 * @param windows the quarter hours of the month
 * @param sitePeak the site's highest known quarter hour
 * @param siteMissingWindows the site's quarter hours not known
 * @param meters each physical electricity meter on the site
 */
public record MonthlyPeaks(String site, YearMonth month, String timeZone, int windows, @Nullable DemandWindow sitePeak,
		int siteMissingWindows, List<MeterPeak> meters) {

	/**
	 * @param code the meter's code
	 * @param name its name
	 * @param peak its highest known quarter hour
	 * @param missingWindows its quarter hours not known
	 */
	public record MeterPeak(String code, String name, @Nullable DemandWindow peak, int missingWindows) {
	}

}
