package io.kaiwu.energy.demand.web;

import java.io.IOException;
import java.time.ZoneId;
import java.util.UUID;

import io.kaiwu.energy.demand.LoadCurve;
import io.kaiwu.energy.demand.MonthlyPeaks;
import io.kaiwu.energy.demand.ReadingDemand;
import io.kaiwu.energy.demand.kernel.DemandWindow;
import io.kaiwu.shared.CsvTable;
import io.kaiwu.shared.CurrentPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demand over REST: a day's load curve of a meter or node by quarter hour, and a site's
 * monthly peak demand, each also as CSV.
 */
@RestController
@RequestMapping("/api/v1/energy/demand")
@PreAuthorize("hasRole('VIEWER')")
class DemandApiController {

	private final ReadingDemand demand;

	DemandApiController(ReadingDemand demand) {
		this.demand = demand;
	}

	@GetMapping
	LoadCurve loadCurve(@RequestParam(required = false) @Nullable UUID meterId,
			@RequestParam(required = false) @Nullable UUID nodeId,
			@RequestParam(required = false) @Nullable String date) {
		return this.demand.loadCurve(CurrentPrincipal.get().requireTenant(), meterId, nodeId, date);
	}

	@GetMapping("/export.csv")
	void loadCurveCsv(@RequestParam(required = false) @Nullable UUID meterId,
			@RequestParam(required = false) @Nullable UUID nodeId,
			@RequestParam(required = false) @Nullable String date, HttpServletResponse response) throws IOException {
		LoadCurve curve = loadCurve(meterId, nodeId, date);
		ZoneId zone = ZoneId.of(curve.timeZone());
		CsvTable table = CsvTable.of("start", "kWh", "kW");
		for (DemandWindow w : curve.windows()) {
			table.row(w.start().atZone(zone).toOffsetDateTime(), w.kWh(), w.kW());
		}
		table.writeTo(response, "load-curve-" + curve.date());
	}

	@GetMapping("/peaks")
	MonthlyPeaks peaks(@RequestParam(required = false) @Nullable UUID siteId,
			@RequestParam(required = false) @Nullable String month) {
		return this.demand.monthlyPeaks(CurrentPrincipal.get().requireTenant(), siteId, month);
	}

	@GetMapping("/peaks/export.csv")
	void peaksCsv(@RequestParam(required = false) @Nullable UUID siteId,
			@RequestParam(required = false) @Nullable String month, HttpServletResponse response) throws IOException {
		MonthlyPeaks peaks = peaks(siteId, month);
		ZoneId zone = ZoneId.of(peaks.timeZone());
		CsvTable table = CsvTable.of("meter", "name", "peakKW", "peakStart", "missingQuarterHours", "quarterHours");
		table.row("", peaks.site(), kW(peaks.sitePeak()), start(peaks.sitePeak(), zone), peaks.siteMissingWindows(),
				peaks.windows());
		for (MonthlyPeaks.MeterPeak p : peaks.meters()) {
			table.row(p.code(), p.name(), kW(p.peak()), start(p.peak(), zone), p.missingWindows(), peaks.windows());
		}
		table.writeTo(response, "peak-demand-" + peaks.month());
	}

	private static @Nullable Object kW(@Nullable DemandWindow w) {
		return (w != null) ? w.kW() : null;
	}

	private static @Nullable Object start(@Nullable DemandWindow w, ZoneId zone) {
		return (w != null) ? w.start().atZone(zone).toOffsetDateTime() : null;
	}

}
