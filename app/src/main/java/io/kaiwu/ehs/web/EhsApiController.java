package io.kaiwu.ehs.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.ehs.site.DischargePoint;
import io.kaiwu.ehs.site.DischargePointDraft;
import io.kaiwu.ehs.site.HazardLevel;
import io.kaiwu.ehs.site.HazardSource;
import io.kaiwu.ehs.site.HazardSourceDraft;
import io.kaiwu.ehs.site.ManagingEhsSites;
import io.kaiwu.ehs.site.Medium;
import io.kaiwu.ehs.site.MonitoredPoint;
import io.kaiwu.ehs.warning.Exceedance;
import io.kaiwu.ehs.warning.WarningGrade;
import io.kaiwu.ehs.watch.StoredExceedance;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.ehs.warning.MonthOfPoint;
import io.kaiwu.shared.CsvTable;
import io.kaiwu.shared.TenantId;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hazardous sources, discharge points and exceedance records over REST. Engineers create
 * sources and points; a refused one answers 400 with every bad field and its reason.
 */
@RestController
@RequestMapping("/api/v1/ehs")
@PreAuthorize("hasRole('VIEWER')")
class EhsApiController {

	private final ManagingEhsSites sites;

	private final ExceedanceList list;

	private final SiteScope scope;

	private final MonthlyEhsReport report;

	EhsApiController(ManagingEhsSites sites, ExceedanceList list, SiteScope scope, MonthlyEhsReport report) {
		this.sites = sites;
		this.list = list;
		this.scope = scope;
		this.report = report;
	}

	@GetMapping("/hazard-sources")
	List<SourceView> sources() {
		return this.sites.sources(CurrentPrincipal.get().requireTenant()).stream().map(SourceView::of).toList();
	}

	@PostMapping("/hazard-sources")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	SourceView create(@RequestBody HazardSourceDraft draft) {
		return SourceView.of(this.sites.create(CurrentPrincipal.get().requireTenant(), draft));
	}

	@GetMapping("/discharge-points")
	List<DischargeView> dischargePoints() {
		return this.sites.dischargePoints(CurrentPrincipal.get().requireTenant())
			.stream()
			.map(DischargeView::of)
			.toList();
	}

	@PostMapping("/discharge-points")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	DischargeView create(@RequestBody DischargePointDraft draft) {
		return DischargeView.of(this.sites.create(CurrentPrincipal.get().requireTenant(), draft));
	}

	@PutMapping("/hazard-sources/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	SourceView update(@PathVariable UUID id, @RequestBody HazardSourceDraft draft) {
		return SourceView.of(this.sites.update(CurrentPrincipal.get().requireTenant(), id, draft));
	}

	@DeleteMapping("/hazard-sources/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void removeSource(@PathVariable UUID id) {
		this.sites.removeSource(CurrentPrincipal.get().requireTenant(), id);
	}

	@PutMapping("/discharge-points/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	DischargeView update(@PathVariable UUID id, @RequestBody DischargePointDraft draft) {
		return DischargeView.of(this.sites.update(CurrentPrincipal.get().requireTenant(), id, draft));
	}

	@DeleteMapping("/discharge-points/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void removeDischargePoint(@PathVariable UUID id) {
		this.sites.removeDischargePoint(CurrentPrincipal.get().requireTenant(), id);
	}

	/**
	 * Exceedance records, newest first: of one monitored point ({@code pointId}) or site
	 * ({@code siteId}), of a worst grade, open or not, open at some time in [from, to).
	 */
	@GetMapping("/exceedances")
	List<ExceedanceView> exceedances(@RequestParam(required = false) @Nullable UUID pointId,
			@RequestParam(required = false) @Nullable UUID siteId,
			@RequestParam(required = false) @Nullable String grade,
			@RequestParam(required = false) @Nullable Boolean open,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "100") int limit) {
		Instant now = Instant.now();
		return this.list
			.find(CurrentPrincipal.get().requireTenant(),
					new ExceedanceList.Filter(pointId, siteId, grade, open, from, to, limit))
			.stream()
			.map((r) -> ExceedanceView.of(r.record(), now))
			.toList();
	}

	/**
	 * Hazardous sources and discharge points as CSV: one line per monitored point (an
	 * owner without points has one line with the point columns empty).
	 */
	@GetMapping("/hazard-sources/export.csv")
	void exportSources(HttpServletResponse response) throws IOException {
		CsvTable table = pointTable("level", "substances");
		for (SourceView s : sources()) {
			pointRows(table, s.code(), s.name(), s.level().name(), String.join(" ", s.substances()), s.points());
		}
		table.writeTo(response, "ehs-hazard-sources");
	}

	@GetMapping("/discharge-points/export.csv")
	void exportDischargePoints(HttpServletResponse response) throws IOException {
		CsvTable table = pointTable("medium", "nodeId");
		for (DischargeView d : dischargePoints()) {
			pointRows(table, d.code(), d.name(), d.medium().name(), d.nodeId().toString(), d.points());
		}
		table.writeTo(response, "ehs-discharge-points");
	}

	private static CsvTable pointTable(String third, String fourth) {
		return CsvTable.of("code", "name", third, fourth, "substance", "deviceId", "property", "unit", "limit",
				"standard", "blue", "yellow", "orange", "red", "deadband");
	}

	private static void pointRows(CsvTable table, String code, String name, String third, String fourth,
			List<PointView> points) {
		if (points.isEmpty()) {
			table.row(code, name, third, fourth, null, null, null, null, null, null, null, null, null, null, null);
		}
		for (PointView p : points) {
			table.row(code, name, third, fourth, p.substance(), p.deviceId(), p.property(), p.unit(), p.limit(),
					p.standard(), p.thresholds().get("blue"), p.thresholds().get("yellow"),
					p.thresholds().get("orange"), p.thresholds().get("red"), p.deadband());
		}
	}

	/** The same list as CSV, with the same filters. */
	@GetMapping("/exceedances/export.csv")
	void exportExceedances(@RequestParam(required = false) @Nullable UUID pointId,
			@RequestParam(required = false) @Nullable UUID siteId,
			@RequestParam(required = false) @Nullable String grade,
			@RequestParam(required = false) @Nullable Boolean open,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "1000") int limit, HttpServletResponse response) throws IOException {
		Instant now = Instant.now();
		CsvTable table = CsvTable.of("owner", "substance", "property", "unit", "limit", "standard", "startedAt",
				"endedAt", "open", "worstGrade", "peak", "peakAt", "durationSeconds", "escalatedAt", "alarmId");
		for (ExceedanceList.Row r : this.list.find(CurrentPrincipal.get().requireTenant(),
				new ExceedanceList.Filter(pointId, siteId, grade, open, from, to, limit))) {
			Exceedance x = r.record().exceedance();
			MonitoredPoint p = (r.point() != null) ? r.point().point() : null;
			table.row((r.point() != null) ? r.point().ownerCode() + " " + p.ownerName() : null,
					(p != null) ? p.substance() : null, (p != null) ? p.property() : null,
					(p != null) ? p.limit().unit() : null, (p != null) ? p.limit().limit() : null,
					(p != null) ? p.standard() : null, x.startedAt(), x.endedAt(), x.open(), x.worst(), x.peak(),
					x.peakAt(), x.duration(now).toSeconds(), r.record().escalatedAt(), r.record().alarmId());
		}
		table.writeTo(response, "ehs-exceedances");
	}

	/** The monthly EHS report of a site ({@code month} as {@code 2026-11}). */
	@GetMapping("/report")
	ReportView report(@RequestParam UUID siteId, @RequestParam(required = false) @Nullable String month) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		SiteScope.Site site = this.scope.site(tenant, siteId);
		return ReportView.of(this.report.of(tenant, site, ReportMonth.parse(month, site.zone())));
	}

	/** The report's point table as CSV. */
	@GetMapping("/report/export.csv")
	void exportReport(@RequestParam UUID siteId, @RequestParam(required = false) @Nullable String month,
			HttpServletResponse response) throws IOException {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		SiteScope.Site site = this.scope.site(tenant, siteId);
		MonthlyEhsReport.View view = this.report.of(tenant, site, ReportMonth.parse(month, site.zone()));
		CsvTable table = CsvTable.of("month", "owner", "substance", "property", "unit", "limit", "standard",
				"exceedances", "durationMinutes", "atLimitMinutes", "peak", "worstGrade", "blue", "yellow", "orange",
				"red", "escalated", "hoursOverLimit", "highestHourlyMean", "removed");
		for (MonthlyEhsReport.Line line : view.lines()) {
			MonitoredPoint p = line.entry().point();
			MonthOfPoint m = line.month();
			table.row(view.month(), line.entry().ownerCode() + " " + p.ownerName(), p.substance(), p.property(),
					p.limit().unit(), p.limit().limit(), p.standard(), m.count(), m.duration().toMinutes(),
					m.atLimit().toMinutes(), m.peak(), m.worst(), m.byGrade().get(WarningGrade.BLUE),
					m.byGrade().get(WarningGrade.YELLOW), m.byGrade().get(WarningGrade.ORANGE),
					m.byGrade().get(WarningGrade.RED), line.escalated(), line.hoursOverLimit(),
					line.highestHourlyMean(), line.entry().removed());
		}
		table.writeTo(response, "ehs-report-" + view.site().node().code() + "-" + view.month());
	}

	record ReportLineView(UUID pointId, String owner, String substance, String property, String unit, BigDecimal limit,
			String standard, int exceedances, long durationSeconds, long atLimitSeconds, @Nullable Double peak,
			@Nullable WarningGrade worstGrade, Map<WarningGrade, Integer> byGrade, int escalated,
			@Nullable Integer hoursOverLimit, @Nullable Double highestHourlyMean, boolean removed) {

	}

	record ReportView(UUID siteId, String site, String month, String timeZone, int exceedances, long durationSeconds,
			long atLimitSeconds, int escalated, int hoursOverLimit, Map<WarningGrade, Integer> byGrade,
			List<ReportLineView> points, SafetyWorkOfMonth.Figures safetyWork) {

		static ReportView of(MonthlyEhsReport.View v) {
			return new ReportView(v.site().node().id(), v.site().node().code() + " " + v.site().node().name(),
					v.month().toString(), v.site().zone().getId(), v.count(), v.duration().toSeconds(),
					v.atLimit().toSeconds(), v.escalated(), v.hoursOverLimit(), v.byGrade(),
					v.lines().stream().map((l) -> {
						MonitoredPoint p = l.entry().point();
						MonthOfPoint m = l.month();
						return new ReportLineView(p.id(), l.entry().ownerCode() + " " + p.ownerName(), p.substance(),
								p.property(), p.limit().unit(), p.limit().limit(), p.standard(), m.count(),
								m.duration().toSeconds(), m.atLimit().toSeconds(), m.peak(), m.worst(), m.byGrade(),
								l.escalated(), l.hoursOverLimit(), l.highestHourlyMean(), l.entry().removed());
					}).toList(), v.safetyWork());
		}

	}

	record PointView(UUID id, String substance, UUID deviceId, String property, String unit, BigDecimal limit,
			String standard, Map<String, BigDecimal> thresholds, BigDecimal deadband) {

		static PointView of(MonitoredPoint p) {
			Map<String, BigDecimal> thresholds = new LinkedHashMap<>();
			for (WarningGrade grade : WarningGrade.values()) {
				thresholds.put(grade.name().toLowerCase(Locale.ROOT), p.limit().threshold(grade));
			}
			return new PointView(p.id(), p.substance(), p.deviceId(), p.property(), p.limit().unit(), p.limit().limit(),
					p.standard(), thresholds, p.limit().deadband());
		}

	}

	record SourceView(UUID id, String code, String name, HazardLevel level, UUID nodeId, List<String> substances,
			List<PointView> points, OffsetDateTime createdAt) {

		static SourceView of(HazardSource s) {
			return new SourceView(s.id(), s.code(), s.name(), s.level(), s.nodeId(), s.substances(),
					s.points().stream().map(PointView::of).toList(), s.createdAt().atOffset(ZoneOffset.UTC));
		}

	}

	record DischargeView(UUID id, String code, String name, Medium medium, UUID nodeId, List<PointView> points,
			OffsetDateTime createdAt) {

		static DischargeView of(DischargePoint d) {
			return new DischargeView(d.id(), d.code(), d.name(), d.medium(), d.nodeId(),
					d.points().stream().map(PointView::of).toList(), d.createdAt().atOffset(ZoneOffset.UTC));
		}

	}

	record ExceedanceView(UUID id, UUID pointId, OffsetDateTime startedAt, @Nullable OffsetDateTime endedAt,
			boolean open, WarningGrade worstGrade, double peak, OffsetDateTime peakAt, long durationSeconds,
			@Nullable UUID alarmId, @Nullable OffsetDateTime escalatedAt) {

		static ExceedanceView of(StoredExceedance e, Instant now) {
			Exceedance x = e.exceedance();
			return new ExceedanceView(e.id(), e.pointId(), x.startedAt().atOffset(ZoneOffset.UTC),
					(x.endedAt() != null) ? x.endedAt().atOffset(ZoneOffset.UTC) : null, x.open(), x.worst(), x.peak(),
					x.peakAt().atOffset(ZoneOffset.UTC), x.duration(now).toSeconds(), e.alarmId(),
					(e.escalatedAt() != null) ? e.escalatedAt().atOffset(ZoneOffset.UTC) : null);
		}

	}

}
