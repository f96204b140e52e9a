package io.kaiwu.alarm.web;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.kaiwu.alarm.Severity;
import io.kaiwu.alarm.rule.Comparison;
import io.kaiwu.alarm.rule.RuleKind;
import io.kaiwu.alarm.rulebook.ManagingRules;
import io.kaiwu.alarm.rulebook.RuleDraft;
import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The alarm rules as a page: the list, and a form for a new rule of a device type. */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class AlarmRulesPageController {

	private final ManagingRules rules;

	private final DeviceCatalog catalog;

	private final ProblemDetails problems;

	AlarmRulesPageController(ManagingRules rules, DeviceCatalog catalog, ProblemDetails problems) {
		this.rules = rules;
		this.catalog = catalog;
		this.problems = problems;
	}

	/** The form's fields as the browser sends them: numbers may be empty. */
	record RuleForm(@Nullable String name, @Nullable UUID deviceTypeId, @Nullable String property,
			@Nullable String kind, @Nullable String comparison, @Nullable Double limit, @Nullable Double low,
			@Nullable Double high, @Nullable Double perMinute, @Nullable Double deadband, @Nullable String duration,
			@Nullable String severity, @Nullable String messageZh, @Nullable String messageEn,
			@Nullable String expression, @Nullable String clearExpression) {

		RuleDraft draft() {
			return new RuleDraft(this.name, this.deviceTypeId, null, this.property, this.kind, this.comparison,
					this.limit, this.low, this.high, this.perMinute, this.deadband, parsedDuration(), this.severity,
					this.messageZh, this.messageEn, true, null, blankToNull(this.expression),
					blankToNull(this.clearExpression));
		}

		private static @Nullable String blankToNull(@Nullable String text) {
			return (text == null || text.isBlank()) ? null : text;
		}

		private @Nullable Duration parsedDuration() {
			if (this.duration == null || this.duration.isBlank()) {
				return null;
			}
			try {
				return Duration.parse(this.duration.strip().toUpperCase(Locale.ROOT));
			}
			catch (DateTimeParseException ex) {
				throw new KaiwuProblem.InvalidInput("duration", "problem.alarm.duration", this.duration);
			}
		}

	}

	@GetMapping("/alarm-rules")
	String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		model.addAttribute("page", this.rules.list(me.requireTenant(), PageQuery.of(page, 50)));
		model.addAttribute("types", this.catalog.typeCodes(me.requireTenant()));
		model.addAttribute("kinds", RuleKind.values());
		model.addAttribute("comparisons", Comparison.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		model.addAttribute("errors", List.of());
		return "alarm/rules";
	}

	@PostMapping("/alarm-rules")
	@PreAuthorize("hasRole('ENGINEER')")
	String create(@ModelAttribute RuleForm form, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		try {
			this.rules.create(me.requireTenant(), form.draft());
			return "redirect:/alarm-rules";
		}
		catch (KaiwuProblem.InvalidInput ex) {
			list(null, model);
			model.addAttribute("errors", this.problems.lines(ex));
			model.addAttribute("form", form);
			return "alarm/rules";
		}
	}

	@PostMapping("/alarm-rules/{id}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String delete(@PathVariable UUID id) {
		this.rules.delete(CurrentPrincipal.get().requireTenant(), id);
		return "redirect:/alarm-rules";
	}

}
