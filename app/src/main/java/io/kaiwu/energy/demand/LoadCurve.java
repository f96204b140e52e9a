package io.kaiwu.energy.demand;

import java.time.LocalDate;
import java.util.List;

import io.kaiwu.energy.demand.kernel.DemandWindow;
import org.jspecify.annotations.Nullable;

/**
 * A day's load curve (负荷曲线) of a meter or a structure node: 96 quarter hours of demand.
 *
 * @param subject the meter's code or the node's name
 * @param meters the codes of the meters added up
 * @param date the day at the site
 * @param timeZone the site's time zone
 * @param windows the quarter hours in time order
 * @param peak the highest known quarter hour, if any
 * @param missingWindows how many quarter hours are not known
 */
public record LoadCurve(String subject, List<String> meters, LocalDate date, String timeZone,
		List<DemandWindow> windows, @Nullable DemandWindow peak, int missingWindows) {
}
