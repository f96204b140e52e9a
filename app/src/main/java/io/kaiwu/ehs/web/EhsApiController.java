package io.kaiwu.ehs.web;

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
import io.kaiwu.ehs.watch.ExceedanceRecords;
import io.kaiwu.ehs.watch.StoredExceedance;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
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

	private final ExceedanceRecords exceedances;

	EhsApiController(ManagingEhsSites sites, ExceedanceRecords exceedances) {
		this.sites = sites;
		this.exceedances = exceedances;
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

	/** Exceedance records, newest first; of one monitored point with {@code pointId}. */
	@GetMapping("/exceedances")
	List<ExceedanceView> exceedances(@RequestParam(required = false) @Nullable UUID pointId,
			@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > 1000) {
			throw new KaiwuProblem.InvalidInput("limit", "problem.ehs.page-limit", limit);
		}
		Instant now = Instant.now();
		return this.exceedances.ofTenant(CurrentPrincipal.get().requireTenant(), pointId, limit)
			.stream()
			.map((e) -> ExceedanceView.of(e, now))
			.toList();
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
			@Nullable UUID alarmId) {

		static ExceedanceView of(StoredExceedance e, Instant now) {
			Exceedance x = e.exceedance();
			return new ExceedanceView(e.id(), e.pointId(), x.startedAt().atOffset(ZoneOffset.UTC),
					(x.endedAt() != null) ? x.endedAt().atOffset(ZoneOffset.UTC) : null, x.open(), x.worst(), x.peak(),
					x.peakAt().atOffset(ZoneOffset.UTC), x.duration(now).toSeconds(), e.alarmId());
		}

	}

}
