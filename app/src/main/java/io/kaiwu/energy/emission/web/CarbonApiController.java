package io.kaiwu.energy.emission.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.energy.emission.CarbonReport;
import io.kaiwu.energy.emission.CarbonReporting;
import io.kaiwu.energy.emission.SiteFactor;
import io.kaiwu.energy.emission.SiteFactors;
import io.kaiwu.shared.CurrentPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Carbon over REST: the emission factor each site uses per kind of energy (engineers
 * choose), and a site's monthly carbon report, also as CSV.
 */
@RestController
@RequestMapping("/api/v1/energy/carbon")
@PreAuthorize("hasRole('VIEWER')")
class CarbonApiController {

	private final SiteFactors factors;

	private final CarbonReporting reporting;

	CarbonApiController(SiteFactors factors, CarbonReporting reporting) {
		this.factors = factors;
		this.reporting = reporting;
	}

	@GetMapping("/sites/{siteId}/factors")
	List<SiteFactor> factors(@PathVariable UUID siteId) {
		return this.factors.ofSite(CurrentPrincipal.get().requireTenant(), siteId);
	}

	@PutMapping("/sites/{siteId}/factors/{kind}")
	@PreAuthorize("hasRole('ENGINEER')")
	SiteFactor choose(@PathVariable UUID siteId, @PathVariable String kind,
			@RequestBody Map<String, @Nullable String> body) {
		return this.factors.choose(CurrentPrincipal.get().requireTenant(), siteId, kind, body.get("factorCode"));
	}

	@GetMapping("/reports")
	CarbonReport report(@RequestParam UUID siteId, @RequestParam(required = false) @Nullable String month) {
		return this.reporting.report(CurrentPrincipal.get().requireTenant(), siteId, month);
	}

	@GetMapping("/reports/export.csv")
	void export(@RequestParam UUID siteId, @RequestParam(required = false) @Nullable String month,
			HttpServletResponse response) throws IOException {
		CarbonReport report = this.reporting.report(CurrentPrincipal.get().requireTenant(), siteId, month);
		CarbonCsv.of(report).writeTo(response, "carbon-" + report.siteCode() + "-" + report.month());
	}

}
