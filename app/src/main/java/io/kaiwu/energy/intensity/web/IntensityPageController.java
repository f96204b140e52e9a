package io.kaiwu.energy.intensity.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.energy.intensity.IntensityReport;
import io.kaiwu.energy.intensity.OutputValues;
import io.kaiwu.energy.intensity.ReadingIntensity;
import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.equipment.EquipmentSummary;
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
import tools.jackson.databind.json.JsonMapper;

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
 * 能效分析: a node's or machine's energy intensity by day or month as a chart and a table,
 * each missing figure with its reason, and the form to enter a site's output value.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class IntensityPageController {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final ReadingIntensity intensity;

	private final OutputValues values;

	private final EnterpriseStructure structure;

	private final EquipmentCatalog equipment;

	private final MessageSource messages;

	private final ProblemDetails problems;

	private final JsonMapper json;

	IntensityPageController(ReadingIntensity intensity, OutputValues values, EnterpriseStructure structure,
			EquipmentCatalog equipment, MessageSource messages, ProblemDetails problems, JsonMapper json) {
		this.intensity = intensity;
		this.values = values;
		this.structure = structure;
		this.equipment = equipment;
		this.messages = messages;
		this.problems = problems;
		this.json = json;
	}

	/**
	 * @param subject {@code node:<id>} or {@code machine:<id>}; the first site when left
	 * out
	 */
	@GetMapping("/energy/intensity")
	String page(@RequestParam(required = false) @Nullable String subject,
			@RequestParam(defaultValue = "DAY") String granularity,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		List<StructureNode> nodes = this.structure.allNodes(tenant);
		List<StructureNode> sites = nodes.stream().filter((n) -> n.level() == NodeLevel.SITE).toList();
		List<EquipmentSummary> machines = this.equipment.all(tenant);
		LocalDate today = LocalDate.now(CHINA);
		boolean monthly = "MONTH".equalsIgnoreCase(granularity);
		String first = (from != null && !from.isBlank()) ? from
				: (monthly ? today.withDayOfMonth(1).minusMonths(5) : today.minusDays(13)).toString();
		String end = (to != null && !to.isBlank()) ? to
				: (monthly ? today.withDayOfMonth(1).plusMonths(1) : today.plusDays(1)).toString();
		String chosen = (subject != null && !subject.isBlank()) ? subject
				: (!sites.isEmpty() ? "node:" + sites.get(0).id() : null);
		model.addAttribute("nodes", nodes);
		model.addAttribute("sites", sites);
		model.addAttribute("machines", machines);
		model.addAttribute("subject", chosen);
		model.addAttribute("granularity", monthly ? "MONTH" : "DAY");
		model.addAttribute("from", first);
		model.addAttribute("to", end);
		model.addAttribute("canEnter", me.has(Role.ENGINEER));
		model.addAttribute("thisMonth", YearMonth.now(CHINA).toString());
		List<String> errors = new ArrayList<>();
		if (model.getAttribute("errors") instanceof List<?> flashed) {
			flashed.forEach((e) -> errors.add(String.valueOf(e)));
		}
		IntensityReport report = null;
		if (chosen != null) {
			try {
				report = this.intensity.report(tenant, chosen.startsWith("node:") ? id(chosen) : null,
						chosen.startsWith("machine:") ? id(chosen) : null, first, end, monthly ? "MONTH" : "DAY");
			}
			catch (KaiwuProblem problem) {
				errors.addAll(this.problems.lines(problem));
			}
		}
		model.addAttribute("report", report);
		model.addAttribute("csv",
				(chosen != null) ? UriComponentsBuilder.fromPath("/api/v1/energy/intensity/export.csv")
					.queryParam(chosen.startsWith("node:") ? "nodeId" : "equipmentId",
							chosen.substring(chosen.indexOf(':') + 1))
					.queryParam("from", first)
					.queryParam("to", end)
					.queryParam("granularity", monthly ? "MONTH" : "DAY")
					.encode()
					.toUriString() : null);
		model.addAttribute("rows", (report != null) ? rows(report) : List.of());
		model.addAttribute("chart", (report != null) ? this.json.writeValueAsString(chart(report)) : "[]");
		model.addAttribute("outputValues", (report != null) ? this.values.ofSite(tenant, report.siteId()) : List.of());
		model.addAttribute("reportSite", (report != null) ? report.siteId() : null);
		model.addAttribute("errors", errors);
		return "energy/intensity";
	}

	@PostMapping("/energy/intensity/output-values")
	@PreAuthorize("hasRole('ENGINEER')")
	String enter(@RequestParam(required = false) @Nullable UUID siteId,
			@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String valueWan,
			@RequestParam(required = false) @Nullable String subject, RedirectAttributes redirect) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		try {
			if (siteId == null) {
				throw new KaiwuProblem.InvalidInput(
						List.of(new KaiwuProblem.FieldError("siteId", "problem.field.required")));
			}
			this.values.enter(tenant, siteId, month, valueWan);
			redirect.addFlashAttribute("entered", month);
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
		}
		String target = UriComponentsBuilder.fromPath("/energy/intensity")
			.queryParam("granularity", "MONTH")
			.queryParamIfPresent("subject", Optional.ofNullable(subject))
			.build()
			.toUriString();
		return "redirect:" + target;
	}

	private static UUID id(String subject) {
		try {
			return UUID.fromString(subject.substring(subject.indexOf(':') + 1));
		}
		catch (IllegalArgumentException ex) {
			throw new KaiwuProblem.InvalidInput(
					List.of(new KaiwuProblem.FieldError("subject", "energy.intensity.problem.subject", subject)));
		}
	}

	/** One table row: the period and its figures as text. */
	record Row(String period, FigureText kWh, FigureText tce, long goodParts, long rejectParts, boolean reported,
			FigureText outputValue, FigureText kWhPerPart, FigureText tcePerWan, FigureText kWhPerWan) {
	}

	private List<Row> rows(IntensityReport report) {
		List<Row> rows = new ArrayList<>();
		for (IntensityReport.Period p : report.periods()) {
			rows.add(new Row(label(p, report.granularity()), FigureText.of(p.kWh(), 1, this.messages),
					FigureText.of(p.tce(), 4, this.messages), p.goodParts(), p.rejectParts(), p.reportedOutput(),
					FigureText.of(p.outputValueWan(), 2, this.messages),
					FigureText.of(p.kWhPerPart(), 4, this.messages), FigureText.of(p.tcePerWan(), 4, this.messages),
					FigureText.of(p.kWhPerWan(), 2, this.messages)));
		}
		return rows;
	}

	private static String label(IntensityReport.Period p, String granularity) {
		return "MONTH".equals(granularity) ? YearMonth.from(p.start()).toString() : p.start().toLocalDate().toString();
	}

	/** The chart's points: kWh and kWh per good part, {@literal null} where missing. */
	private static List<Map<String, Object>> chart(IntensityReport report) {
		List<Map<String, Object>> points = new ArrayList<>();
		for (IntensityReport.Period p : report.periods()) {
			Map<String, Object> point = new LinkedHashMap<>();
			point.put("period", label(p, report.granularity()));
			point.put("kWh", p.kWh().value());
			point.put("kWhPerPart", p.kWhPerPart().value());
			points.add(point);
		}
		return points;
	}

}
