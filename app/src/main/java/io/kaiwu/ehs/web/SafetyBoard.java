package io.kaiwu.ehs.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.alarm.AlarmLookup;
import io.kaiwu.alarm.AlarmSummary;
import io.kaiwu.ehs.site.DischargePoint;
import io.kaiwu.ehs.site.HazardSource;
import io.kaiwu.ehs.site.ManagingEhsSites;
import io.kaiwu.ehs.site.MonitoredPoint;
import io.kaiwu.ehs.warning.WarningGrade;
import io.kaiwu.ehs.watch.ExceedanceRecords;
import io.kaiwu.ehs.watch.StoredExceedance;
import io.kaiwu.shared.TenantId;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.TelemetryStore;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The safety board (安全看板) of a site: every hazardous source and discharge point on it,
 * each monitored point's latest value against its limit and thresholds with the grade it
 * is in, the open exceedances with how long they have lasted and their peak (and whether
 * their alarm was escalated), and the open EHS alarms.
 */
@Component
class SafetyBoard {

	/** The originator kind of EHS alarms (see {@code GradeAlarms}). */
	static final String ALARM_KIND = "ehs-point";

	private final ManagingEhsSites sites;

	private final ExceedanceRecords exceedances;

	private final TelemetryStore telemetry;

	private final AlarmLookup alarms;

	SafetyBoard(ManagingEhsSites sites, ExceedanceRecords exceedances, TelemetryStore telemetry, AlarmLookup alarms) {
		this.sites = sites;
		this.exceedances = exceedances;
		this.telemetry = telemetry;
		this.alarms = alarms;
	}

	/**
	 * A point on the board.
	 *
	 * @param value the latest value; {@literal null} when there is none (shown as
	 * missing).
	 * @param grade the grade the latest value is in; {@literal null} under 蓝 or without a
	 * value.
	 * @param open its open exceedance, if any.
	 */
	record Point(MonitoredPoint point, @Nullable Double value, @Nullable Instant valueAt, @Nullable WarningGrade grade,
			@Nullable StoredExceedance open, long openMinutes) {

		/** The worse of the current grade and the open exceedance's. */
		public @Nullable WarningGrade shown() {
			WarningGrade episode = (this.open != null) ? this.open.exceedance().worst() : null;
			if (this.grade == null) {
				return episode;
			}
			return (episode != null && episode.worseThan(this.grade)) ? episode : this.grade;
		}

	}

	/** A hazardous source or discharge point with its points. */
	record Owner(UUID id, boolean source, String code, String name, String kind, List<Point> points) {

		public @Nullable WarningGrade worst() {
			WarningGrade worst = null;
			for (Point p : this.points) {
				WarningGrade g = p.shown();
				if (g != null && (worst == null || g.worseThan(worst))) {
					worst = g;
				}
			}
			return worst;
		}

	}

	/** The board of one site. */
	record View(SiteScope.Site site, List<Owner> owners, List<Point> open, List<AlarmSummary> alarms, Set<UUID> devices,
			Instant at) {

	}

	View of(TenantId tenant, SiteScope.Site site) {
		Instant now = Instant.now();
		Map<UUID, StoredExceedance> open = new HashMap<>();
		this.exceedances.openOf(tenant).forEach((e) -> open.put(e.pointId(), e));
		Map<UUID, List<Measurement>> latest = new HashMap<>();
		List<Owner> owners = new ArrayList<>();
		Set<UUID> devices = new HashSet<>();
		for (HazardSource s : this.sites.sources(tenant)) {
			if (site.holds(s.nodeId())) {
				owners.add(new Owner(s.id(), true, s.code(), s.name(), s.level().name(),
						points(tenant, s.points(), open, latest, devices, now)));
			}
		}
		for (DischargePoint d : this.sites.dischargePoints(tenant)) {
			if (site.holds(d.nodeId())) {
				owners.add(new Owner(d.id(), false, d.code(), d.name(), d.medium().name(),
						points(tenant, d.points(), open, latest, devices, now)));
			}
		}
		Set<String> pointIds = new HashSet<>();
		List<Point> openPoints = new ArrayList<>();
		for (Owner owner : owners) {
			for (Point p : owner.points()) {
				pointIds.add(p.point().id().toString());
				if (p.open() != null) {
					openPoints.add(p);
				}
			}
		}
		openPoints.sort(Comparator.comparing((Point p) -> p.open().exceedance().startedAt()));
		List<AlarmSummary> alarms = this.alarms.open(tenant, ALARM_KIND, 200)
			.stream()
			.filter((a) -> pointIds.contains(a.originator().id()))
			.toList();
		return new View(site, owners, openPoints, alarms, Set.copyOf(devices), now);
	}

	private List<Point> points(TenantId tenant, List<MonitoredPoint> points, Map<UUID, StoredExceedance> open,
			Map<UUID, List<Measurement>> latest, Set<UUID> devices, Instant now) {
		List<Point> shown = new ArrayList<>();
		for (MonitoredPoint p : points) {
			devices.add(p.deviceId());
			Measurement m = latest.computeIfAbsent(p.deviceId(), (d) -> this.telemetry.latest(tenant, d))
				.stream()
				.filter((x) -> x.property().equals(p.property()) && x.number() != null && x.quality() != Quality.BAD)
				.findFirst()
				.orElse(null);
			Double value = (m != null) ? m.number() : null;
			WarningGrade grade = (value != null) ? p.limit().grade(value).orElse(null) : null;
			StoredExceedance x = open.get(p.id());
			long minutes = (x != null) ? Duration.between(x.exceedance().startedAt(), now).toMinutes() : 0;
			shown.add(new Point(p, value, (m != null) ? m.ts() : null, grade, x, Math.max(0, minutes)));
		}
		return shown;
	}

}
