package io.kaiwu.energy.web.pages;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.energy.consumption.ReadingConsumption;
import io.kaiwu.energy.demand.kernel.DemandWindow;
import io.kaiwu.energy.report.MonthlyEnergyReport;
import io.kaiwu.energy.report.MonthlyReporting;
import io.kaiwu.energy.report.TouSplit;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 能源月报: a site's month, printable, with the CSV of each of its tables. */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class ReportPageController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MonthlyReporting reporting;

	private final ReadingConsumption consumption;

	private final EnterpriseStructure structure;

	private final ProblemDetails problems;

	private final MessageSource messages;

	private final JsonMapper json;

	ReportPageController(MonthlyReporting reporting, ReadingConsumption consumption, EnterpriseStructure structure,
			ProblemDetails problems, MessageSource messages, JsonMapper json) {
		this.reporting = reporting;
		this.consumption = consumption;
		this.structure = structure;
		this.problems = problems;
		this.messages = messages;
		this.json = json;
	}

	/**
	 * @param siteId the site; the first one when left out
	 * @param month {@code yyyy-MM}; the month in progress when left out
	 */
	@GetMapping("/energy/report")
	String report(@RequestParam(required = false) @Nullable UUID siteId,
			@RequestParam(required = false) @Nullable String month, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		List<StructureNode> sites = this.structure.sites(tenant);
		List<String> errors = new ArrayList<>();
		model.addAttribute("sites", sites);
		model.addAttribute("errors", errors);
		model.addAttribute("report", null);
		if (sites.isEmpty()) {
			return "energy/report";
		}
		UUID site = (siteId != null) ? siteId : sites.get(0).id();
		ZoneId zone = this.consumption.timeZoneOf(tenant, site);
		String asked = (month == null || month.isBlank()) ? YearMonth.now(zone).toString() : month.strip();
		model.addAttribute("siteId", site);
		model.addAttribute("month", asked);
		try {
			MonthlyEnergyReport report = this.reporting.report(tenant, site, asked);
			model.addAttribute("report", report);
			model.addAttribute("from", report.month().atDay(1).toString());
			model.addAttribute("to", report.month().plusMonths(1).atDay(1).toString());
			model.addAttribute("touChart", touChart(report.tou()));
			model.addAttribute("sitePeakAt", at(report.peaks().sitePeak(), zone));
			Map<String, String> meterPeakAt = new LinkedHashMap<>();
			report.peaks().meters().forEach((p) -> meterPeakAt.put(p.code(), at(p.peak(), zone)));
			model.addAttribute("meterPeakAt", meterPeakAt);
		}
		catch (KaiwuProblem problem) {
			errors.addAll(this.problems.lines(problem));
		}
		return "energy/report";
	}

	private static String at(@Nullable DemandWindow window, ZoneId zone) {
		return (window != null) ? window.start().atZone(zone).format(WHEN) : "";
	}

	private String touChart(TouSplit tou) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels",
				tou.periods()
					.stream()
					.map((r) -> this.messages.getMessage("energy.tariffs.period." + r.period().name(), null,
							r.period().name(), LocaleContextHolder.getLocale()))
					.toList());
		chart.put("periods", tou.periods().stream().map((r) -> r.period().name()).toList());
		chart.put("kWh", tou.periods().stream().map(TouSplit.Row::kWh).toList());
		chart.put("cost", tou.periods().stream().map(TouSplit.Row::cost).toList());
		return this.json.writeValueAsString(chart);
	}

}
