package io.kaiwu.energy.emission.web;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.energy.carbon.EmissionFactor;
import io.kaiwu.energy.emission.CarbonReport;
import io.kaiwu.energy.emission.CarbonReporting;
import io.kaiwu.energy.emission.SiteFactors;
import io.kaiwu.energy.factor.ManagingFactors;
import io.kaiwu.energy.intensity.web.FigureText;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 碳排放报告: a site's monthly carbon report, printable and exported as CSV, with the emission
 * factors the site uses and the form to choose another.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class CarbonPageController {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final CarbonReporting reporting;

	private final SiteFactors siteFactors;

	private final ManagingFactors factors;

	private final EnterpriseStructure structure;

	private final MessageSource messages;

	private final ProblemDetails problems;

	CarbonPageController(CarbonReporting reporting, SiteFactors siteFactors, ManagingFactors factors,
			EnterpriseStructure structure, MessageSource messages, ProblemDetails problems) {
		this.reporting = reporting;
		this.siteFactors = siteFactors;
		this.factors = factors;
		this.structure = structure;
		this.messages = messages;
		this.problems = problems;
	}

	@GetMapping("/energy/carbon")
	String page(@RequestParam(required = false) @Nullable UUID siteId,
			@RequestParam(required = false) @Nullable String month, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		List<StructureNode> sites = this.structure.allNodes(tenant)
			.stream()
			.filter((n) -> n.level() == NodeLevel.SITE)
			.toList();
		UUID site = (siteId != null) ? siteId : (!sites.isEmpty() ? sites.get(0).id() : null);
		String chosenMonth = (month != null && !month.isBlank()) ? month.strip() : YearMonth.now(CHINA).toString();
		List<String> errors = new ArrayList<>();
		if (model.getAttribute("errors") instanceof List<?> flashed) {
			flashed.forEach((e) -> errors.add(String.valueOf(e)));
		}
		CarbonReport report = null;
		if (site != null) {
			try {
				report = this.reporting.report(tenant, site, chosenMonth);
				model.addAttribute("siteFactors", this.siteFactors.ofSite(tenant, site));
			}
			catch (KaiwuProblem problem) {
				errors.addAll(this.problems.lines(problem));
			}
		}
		if (!model.containsAttribute("siteFactors")) {
			model.addAttribute("siteFactors", List.of());
		}
		model.addAttribute("sites", sites);
		model.addAttribute("siteId", site);
		model.addAttribute("month", chosenMonth);
		model.addAttribute("report", report);
		model.addAttribute("perPart",
				(report != null) ? FigureText.of(report.tonnesPerPart(), 6, this.messages) : null);
		model.addAttribute("perWan", (report != null) ? FigureText.of(report.tonnesPerWan(), 4, this.messages) : null);
		model.addAttribute("outputValue",
				(report != null) ? FigureText.of(report.outputValueWan(), 2, this.messages) : null);
		model.addAttribute("emittingFactors",
				this.factors.emissionFactors(tenant).stream().filter(CarbonPageController::choosable).toList());
		model.addAttribute("canChoose", me.has(Role.ENGINEER));
		model.addAttribute("errors", errors);
		return "energy/carbon";
	}

	@PostMapping("/energy/carbon/factors")
	@PreAuthorize("hasRole('ENGINEER')")
	String choose(@RequestParam(required = false) @Nullable UUID siteId,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String factorCode,
			@RequestParam(required = false) @Nullable String month, RedirectAttributes redirect) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		try {
			if (siteId == null) {
				throw new KaiwuProblem.InvalidInput(
						List.of(new KaiwuProblem.FieldError("siteId", "problem.field.required")));
			}
			this.siteFactors.choose(tenant, siteId, kind, factorCode);
			redirect.addFlashAttribute("chosen", factorCode);
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/energy/carbon")
			.queryParamIfPresent("siteId", Optional.ofNullable(siteId))
			.queryParamIfPresent("month", Optional.ofNullable(month))
			.build()
			.toUriString();
	}

	private static boolean choosable(EmissionFactor f) {
		return f.fits(f.kind().usualUnit());
	}

}
