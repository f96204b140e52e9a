package io.kaiwu.quality.charting.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.quality.charting.ChartViews;
import io.kaiwu.quality.charting.ControlCharting;
import io.kaiwu.quality.inspection.CharacteristicSpecs.CharacteristicSpec;
import io.kaiwu.quality.spc.TooFewSubgroups;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chart page of a characteristic: the control chart with its limits and the
 * violations marked red, the histogram against the specification limits, and the
 * capability figures with their confidence intervals. Engineers freeze limits here.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class ChartPageController {

	private final ControlCharting charting;

	private final ChartViews views;

	private final ProblemDetails problems;

	private final MessageSource messages;

	private final JsonMapper json;

	ChartPageController(ControlCharting charting, ChartViews views, ProblemDetails problems, MessageSource messages,
			JsonMapper json) {
		this.charting = charting;
		this.views = views;
		this.problems = problems;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/quality/charts/{characteristicId}")
	String chart(@PathVariable UUID characteristicId, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		CharacteristicSpec spec = this.charting.characteristic(tenant, characteristicId);
		Map<String, Object> summary = this.views.summary(tenant, characteristicId);
		Map<String, Object> points = this.views.points(tenant, characteristicId, null, null);
		Map<String, Object> capability = null;
		String capabilityProblem = null;
		if (spec.variable()) {
			try {
				capability = this.views.capability(tenant, characteristicId, null, null, 0.95);
			}
			catch (KaiwuProblem problem) {
				capabilityProblem = String.join(" ", this.problems.lines(problem));
			}
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> settings = (Map<String, Object>) summary.get("settings");
		@SuppressWarnings("unchecked")
		Map<String, Object> baseline = (Map<String, Object>) summary.get("baseline");
		boolean canEdit = CurrentPrincipal.get().has(Role.ENGINEER);
		model.addAttribute("page",
				new ChartPage(characteristicId.toString(), spec.code(), spec.name(), spec.unit(),
						(String) settings.get("chartType"), (String) settings.get("ruleFamily"),
						(Long) summary.get("subgroups"), summary.get("limits") != null, (Long) baseline.get("more"),
						(Integer) baseline.get("needed"), figures(capability), capabilityProblem, canEdit));
		model.addAttribute("pointsJson", this.json.writeValueAsString(points));
		model.addAttribute("capabilityJson", this.json.writeValueAsString(capability));
		model.addAttribute("labelsJson", this.json.writeValueAsString(labels()));
		return "quality/chart";
	}

	@PostMapping("/quality/charts/{characteristicId}/limits")
	@PreAuthorize("hasRole('ENGINEER')")
	String freeze(@PathVariable UUID characteristicId, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		try {
			this.charting.freeze(tenant, characteristicId, null, null,
					(reason == null || reason.isBlank()) ? null : reason.strip(), CurrentPrincipal.actorName());
			redirect.addFlashAttribute("notice", message("quality.spc.page.frozen"));
		}
		catch (TooFewSubgroups ex) {
			redirect.addFlashAttribute("problem", message("quality.spc.problem.too-few-subgroups", ex.type().name(),
					ex.needed(), ex.have(), ex.more()));
		}
		return "redirect:/quality/charts/" + characteristicId;
	}

	private Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : new String[] { "MEAN", "RANGE", "STANDARD_DEVIATION", "INDIVIDUAL", "MOVING_RANGE",
				"FRACTION_NONCONFORMING", "NUMBER_NONCONFORMING", "DEFECTS", "DEFECTS_PER_UNIT" }) {
			labels.put(key, message("quality.spc.statistic." + key));
		}
		labels.put("violation", message("quality.spc.page.violation"));
		labels.put("count", message("quality.spc.page.count"));
		return labels;
	}

	private String message(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, key, locale);
	}

	@SuppressWarnings("unchecked")
	private static ChartPage.@Nullable CapabilityFigures figures(@Nullable Map<String, Object> capability) {
		if (capability == null) {
			return null;
		}
		Map<String, Object> normality = (Map<String, Object>) capability.get("normality");
		return new ChartPage.CapabilityFigures((Integer) capability.get("n"),
				interval((Map<String, Object>) capability.get("cp")),
				interval((Map<String, Object>) capability.get("cpk")), number((Double) capability.get("cpm")),
				interval((Map<String, Object>) capability.get("pp")),
				interval((Map<String, Object>) capability.get("ppk")), figure((Double) capability.get("sigmaWithin")),
				figure((Double) capability.get("sigmaOverall")),
				(normality == null) ? "—" : String.format(Locale.ROOT, "%.3f", (Double) normality.get("pValue")),
				String.format(Locale.ROOT, "%.0f", 100 * (Double) capability.get("confidence")));
	}

	private static String interval(@Nullable Map<String, Object> estimate) {
		if (estimate == null) {
			return "—";
		}
		return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", estimate.get("value"), estimate.get("lower"),
				estimate.get("upper"));
	}

	/** Six significant digits, as a plain number. */
	private static String figure(double value) {
		return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
	}

	private static String number(@Nullable Double value) {
		return (value == null) ? "—" : String.format(Locale.ROOT, "%.3f", value);
	}

}
