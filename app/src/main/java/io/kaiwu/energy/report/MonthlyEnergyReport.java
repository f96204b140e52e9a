package io.kaiwu.energy.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import io.kaiwu.energy.demand.MonthlyPeaks;
import io.kaiwu.energy.metering.MeterKind;
import org.jspecify.annotations.Nullable;

/**
 * A site's monthly energy report (能源月报).
 *
 * @param siteId the site
 * @param site its name
 * @param month the month at the site
 * @param carriers the site's consumption of each kind of energy
 * @param nodes each node of the site with meters, per kind of energy
 * @param tou the electricity split over 尖峰平谷 with its cost
 * @param peaks the month's peak demand of the site and of each electricity meter
 * @param tce the tonnes of standard coal of all known consumption
 * @param complete whether every hour of every meter is known
 * @param missing each meter with hours not known in the month
 */
public record MonthlyEnergyReport(String siteId, String site, YearMonth month, List<Carrier> carriers,
		List<NodeRow> nodes, TouSplit tou, MonthlyPeaks peaks, BigDecimal tce, boolean complete,
		List<MissingData> missing) {

	/**
	 * @param kind the kind of energy
	 * @param unit its unit
	 * @param quantity the known hours' sum; {@literal null} when none is known
	 * @param hours the month's hours
	 * @param missingHours of those, the hours not known
	 * @param tce tonnes of standard coal
	 * @param tonnesCo2 tonnes of CO₂ at the default factor
	 * @param cost the cost under the site's tariff (electricity)
	 */
	public record Carrier(MeterKind kind, String unit, @Nullable BigDecimal quantity, int hours, int missingHours,
			@Nullable BigDecimal tce, @Nullable BigDecimal tonnesCo2, @Nullable BigDecimal cost) {
	}

	/**
	 * @param node the node's name
	 * @param level its level
	 * @param depth how far below the site (0 for the site)
	 * @param carrier its consumption of one kind
	 */
	public record NodeRow(String node, String level, int depth, Carrier carrier) {
	}

	/**
	 * @param meter the meter's code
	 * @param kind what it measures
	 * @param missingHours its hours not known in the month
	 * @param hours the month's hours
	 */
	public record MissingData(String meter, MeterKind kind, int missingHours, int hours) {
	}

}
