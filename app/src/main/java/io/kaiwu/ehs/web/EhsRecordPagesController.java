package io.kaiwu.ehs.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import io.kaiwu.ehs.warning.WarningGrade;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The exceedance records (超标记录) with their filters and CSV link, and the printable
 * monthly EHS report of a site.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class EhsRecordPagesController {

	private final ExceedanceList list;

	private final SiteScope scope;

	private final MonthlyEhsReport report;

	EhsRecordPagesController(ExceedanceList list, SiteScope scope, MonthlyEhsReport report) {
		this.list = list;
		this.scope = scope;
		this.report = report;
	}

	@GetMapping("/ehs/exceedances")
	String exceedances(@RequestParam(required = false) @Nullable UUID siteId,
			@RequestParam(required = false) @Nullable String grade,
			@RequestParam(required = false) @Nullable Boolean open,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		List<StructureNode> sites = this.scope.sites(tenant);
		SiteScope.Site site = (siteId != null) ? this.scope.site(tenant, siteId)
				: sites.stream().findFirst().map((s) -> this.scope.site(tenant, s.id())).orElse(null);
		ZoneId zone = (site != null) ? site.zone() : ZoneId.of("Asia/Shanghai");
		// the page asks for days; the list and its CSV take instants
		String fromAt = startOf("from", from, zone, 0);
		String toAt = startOf("to", to, zone, 1);
		ExceedanceList.Filter filter = new ExceedanceList.Filter(null, siteId, blank(grade), open, fromAt, toAt, 500);
		model.addAttribute("sites", sites);
		model.addAttribute("siteId", siteId);
		model.addAttribute("grade", blank(grade));
		model.addAttribute("open", open);
		model.addAttribute("from", blank(from));
		model.addAttribute("to", blank(to));
		model.addAttribute("filter", filter);
		model.addAttribute("grades", WarningGrade.values());
		model.addAttribute("rows", this.list.find(tenant, filter));
		model.addAttribute("now", Instant.now());
		model.addAttribute("site", site);
		model.addAttribute("zone", zone);
		return "ehs/exceedances";
	}

	@GetMapping("/ehs/report")
	String report(@RequestParam(required = false) @Nullable UUID siteId,
			@RequestParam(required = false) @Nullable String month, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		List<StructureNode> sites = this.scope.sites(tenant);
		UUID shown = (siteId != null) ? siteId : sites.stream().findFirst().map(StructureNode::id).orElse(null);
		model.addAttribute("sites", sites);
		model.addAttribute("siteId", shown);
		if (shown != null) {
			SiteScope.Site site = this.scope.site(tenant, shown);
			model.addAttribute("report", this.report.of(tenant, site, ReportMonth.parse(month, site.zone())));
		}
		return "ehs/report";
	}

	/**
	 * The start of the day (or of the day after, for an inclusive end), as an instant.
	 */
	private static @Nullable String startOf(String field, @Nullable String day, ZoneId zone, int plusDays) {
		if (day == null || day.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(day.strip()).plusDays(plusDays).atStartOfDay(zone).toInstant().toString();
		}
		catch (DateTimeParseException ex) {
			throw new KaiwuProblem.InvalidInput(field, "problem.ehs.exceedances.date", day);
		}
	}

	private static @Nullable String blank(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
