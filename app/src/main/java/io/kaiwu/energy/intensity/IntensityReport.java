package io.kaiwu.energy.intensity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.kaiwu.energy.intensity.kernel.Figure;

/**
 * Energy intensity of a structure node or a machine, period by period.
 *
 * @param subject NODE or MACHINE
 * @param id the node's or machine's id
 * @param code its code
 * @param name its name
 * @param siteId the site it belongs to
 * @param granularity DAY or MONTH
 * @param timeZone the site's time zone the periods follow
 * @param meters the codes of the meters measuring it
 * @param machines how many machines stand there
 * @param periods in time order
 */
public record IntensityReport(String subject, UUID id, String code, String name, UUID siteId, String granularity,
		String timeZone, List<String> meters, int machines, List<Period> periods) {

	/**
	 * One day or month.
	 *
	 * @param start its start at the site
	 * @param end its end, exclusive
	 * @param kWh electricity
	 * @param tce comprehensive energy (综合能耗) of every carrier
	 * @param goodParts good parts made there
	 * @param rejectParts rejected parts
	 * @param reportedOutput whether reported output (报工) replaced counted parts
	 * @param outputValueWan the site's output value of the month (万元)
	 * @param kWhPerPart electricity per good part
	 * @param tcePerWan tce per 万元 of output value
	 * @param kWhPerWan kWh per 万元 of output value
	 */
	public record Period(OffsetDateTime start, OffsetDateTime end, Figure kWh, Figure tce, long goodParts,
			long rejectParts, boolean reportedOutput, Figure outputValueWan, Figure kWhPerPart, Figure tcePerWan,
			Figure kWhPerWan) {
	}

}
