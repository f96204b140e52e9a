package io.kaiwu.ehs.web;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.ehs.site.ManagingEhsSites;
import io.kaiwu.ehs.site.MonitoredPoint;
import io.kaiwu.ehs.site.PointEntry;
import io.kaiwu.ehs.warning.Exceedance;
import io.kaiwu.ehs.warning.HourlyMeans;
import io.kaiwu.ehs.warning.MonthOfPoint;
import io.kaiwu.ehs.warning.WarningGrade;
import io.kaiwu.ehs.watch.ExceedanceRecords;
import io.kaiwu.ehs.watch.StoredExceedance;
import io.kaiwu.shared.TenantId;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.TelemetryStore;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The monthly EHS report (安环月报) of a site: per monitored point its exceedances in the
 * month (count, time, peak, worst grade, time of those that reached the limit, escalated
 * alarms), for a discharge point's points the clock hours whose mean was over the limit
 * (the standards judge hourly means), the episodes by worst grade, and the totals. The
 * month is the site's calendar month in its time zone. Removed points with episodes in
 * the month are listed too.
 */
@Component
class MonthlyEhsReport {

	private final ManagingEhsSites sites;

	private final ExceedanceRecords exceedances;

	private final TelemetryStore telemetry;

	private final SafetyWorkOfMonth safetyWork;

	MonthlyEhsReport(ManagingEhsSites sites, ExceedanceRecords exceedances, TelemetryStore telemetry,
			SafetyWorkOfMonth safetyWork) {
		this.safetyWork = safetyWork;
		this.sites = sites;
		this.exceedances = exceedances;
		this.telemetry = telemetry;
	}

	/**
	 * The hourly means of the point's numeric values in the month, BAD ones left out;
	 * read page after page by time (not by offset), so a month is read once.
	 */
	private HourlyMeans hourlyMeans(TenantId tenant, PointEntry entry, Instant from, Instant to, ZoneId zone) {
		HourlyMeans.Summing sums = new HourlyMeans.Summing(zone);
		MonitoredPoint p = entry.point();
		this.telemetry.each(tenant, p.deviceId(), p.property(), from, to, (m) -> {
			if (m.number() != null && m.quality() != Quality.BAD) {
				sums.add(m.ts(), m.number());
			}
		});
		return sums.means();
	}

	/**
	 * One point's line.
	 *
	 * @param hoursOverLimit for a discharge point's point, the clock hours of the month
	 * whose mean was over the limit; {@literal null} for a hazardous source's.
	 * @param highestHourlyMean the highest of those means; {@literal null} without
	 * values.
	 */
	record Line(PointEntry entry, MonthOfPoint month, int escalated, @Nullable Integer hoursOverLimit,
			@Nullable Double highestHourlyMean) {
	}

	/** The report. */
	record View(SiteScope.Site site, YearMonth month, Instant from, Instant to, List<Line> lines,
			Map<WarningGrade, Integer> byGrade, int count, Duration duration, Duration atLimit, int escalated,
			int hoursOverLimit, SafetyWorkOfMonth.Figures safetyWork) {
	}

	View of(TenantId tenant, SiteScope.Site site, YearMonth month) {
		Instant from = month.atDay(1).atStartOfDay(site.zone()).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(site.zone()).toInstant();
		Instant now = Instant.now();
		Map<UUID, List<StoredExceedance>> byPoint = new HashMap<>();
		for (StoredExceedance e : this.exceedances.overlapping(tenant, from, to)) {
			byPoint.computeIfAbsent(e.pointId(), (p) -> new ArrayList<>()).add(e);
		}
		List<Line> lines = new ArrayList<>();
		Map<WarningGrade, Integer> byGrade = new EnumMap<>(WarningGrade.class);
		for (WarningGrade grade : WarningGrade.values()) {
			byGrade.put(grade, 0);
		}
		int count = 0;
		int escalated = 0;
		int hoursOver = 0;
		Duration duration = Duration.ZERO;
		Duration atLimit = Duration.ZERO;
		for (PointEntry entry : this.sites.pointEntries(tenant)) {
			List<StoredExceedance> stored = byPoint.getOrDefault(entry.point().id(), List.of());
			if (!site.holds(entry.nodeId()) || (entry.removed() && stored.isEmpty())) {
				continue;
			}
			List<Exceedance> episodes = stored.stream().map(StoredExceedance::exceedance).toList();
			MonthOfPoint m = MonthOfPoint.of(episodes, from, to, now);
			int up = (int) stored.stream().filter((e) -> e.escalatedAt() != null).count();
			Integer over = null;
			Double highest = null;
			if (!entry.onSource()) {
				HourlyMeans means = hourlyMeans(tenant, entry, from, to, site.zone());
				over = means.over(entry.point().limit().limit().doubleValue()).size();
				highest = means.highest();
				hoursOver += over;
			}
			lines.add(new Line(entry, m, up, over, highest));
			m.byGrade().forEach((g, n) -> byGrade.merge(g, n, Integer::sum));
			count += m.count();
			escalated += up;
			duration = duration.plus(m.duration());
			atLimit = atLimit.plus(m.atLimit());
		}
		return new View(site, month, from, to, lines, byGrade, count, duration, atLimit, escalated, hoursOver,
				this.safetyWork.of(tenant, site.node().id(), month, from, to));
	}

}
