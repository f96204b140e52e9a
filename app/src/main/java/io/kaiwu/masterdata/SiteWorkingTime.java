package io.kaiwu.masterdata;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/** What other modules may ask about a site's shift calendar. */
public interface SiteWorkingTime {

	/**
	 * The planned working time of a site inside {@code [from, to)}: shift time minus
	 * breaks, holidays and planned stops, in the site's time zone.
	 * @param tenant must not be {@literal null}.
	 * @param site must not be {@literal null}.
	 * @param from must not be after {@code to}.
	 * @param to must not be {@literal null}.
	 * @return empty when the site has no shift calendar.
	 */
	Optional<Duration> plannedWorkingTime(TenantId tenant, UUID site, Instant from, Instant to);

	/**
	 * The shifts of a site that overlap {@code [from, to)}, clipped to it, in time order,
	 * each with its working windows (breaks, holidays and planned stops cut out). OEE per
	 * shift is computed on these.
	 * @param tenant must not be {@literal null}.
	 * @param site must not be {@literal null}.
	 * @param from must not be after {@code to}.
	 * @param to must not be {@literal null}.
	 * @return empty when the site has no shift calendar.
	 */
	Optional<List<PlannedShift>> plannedShifts(TenantId tenant, UUID site, Instant from, Instant to);

}
