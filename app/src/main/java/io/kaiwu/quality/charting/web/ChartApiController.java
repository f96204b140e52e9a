package io.kaiwu.quality.charting.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.quality.charting.ChartSettings;
import io.kaiwu.quality.charting.ChartViews;
import io.kaiwu.quality.charting.ControlCharting;
import io.kaiwu.quality.inspection.CharacteristicSpecs.CharacteristicSpec;
import io.kaiwu.quality.spc.ChartType;
import io.kaiwu.quality.spc.ControlChartConstants;
import io.kaiwu.quality.spc.RuleSet;
import io.kaiwu.quality.spc.TooFewSubgroups;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
 * The control chart of one inspection characteristic: its settings, points, limits (and
 * their history), run-rule violations and capability. Engineers configure the chart and
 * freeze limits; everyone in the tenant reads.
 */
@RestController
@RequestMapping("/api/v1/quality/charts/{characteristicId}")
@PreAuthorize("hasRole('VIEWER')")
class ChartApiController {

	/** The longest run length a rule set may ask for. */
	static final int LONGEST_RUN = 50;

	private final ControlCharting charting;

	private final ChartViews views;

	private final ProblemDetails problems;

	ChartApiController(ControlCharting charting, ChartViews views, ProblemDetails problems) {
		this.charting = charting;
		this.views = views;
		this.problems = problems;
	}

	@GetMapping
	Map<String, Object> chart(@PathVariable UUID characteristicId) {
		return this.views.summary(tenant(), characteristicId);
	}

	@PutMapping("/settings")
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> configure(@PathVariable UUID characteristicId, @RequestBody SettingsDraft draft) {
		TenantId tenant = tenant();
		CharacteristicSpec spec = this.charting.characteristic(tenant, characteristicId);
		ChartSettings settings = check(spec, draft);
		this.charting.configure(tenant, characteristicId, settings, CurrentPrincipal.actorName());
		return this.views.summary(tenant, characteristicId);
	}

	@GetMapping("/points")
	Map<String, Object> points(@PathVariable UUID characteristicId,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		return this.views.points(tenant(), characteristicId, instant("from", from), instant("to", to));
	}

	@GetMapping("/limits")
	List<Map<String, Object>> limits(@PathVariable UUID characteristicId) {
		return this.views.limitHistory(tenant(), characteristicId);
	}

	/** Phase I: freeze limits from the subgroups of a period (default: all so far). */
	@PostMapping("/limits")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> freeze(@PathVariable UUID characteristicId,
			@RequestBody(required = false) @Nullable BaselineDraft draft) {
		BaselineDraft baseline = (draft != null) ? draft : new BaselineDraft(null, null, null);
		Instant from = instant("from", baseline.from());
		Instant to = instant("to", baseline.to());
		if (from != null && to != null && from.isAfter(to)) {
			throw new KaiwuProblem.InvalidInput("to", "quality.spc.problem.period");
		}
		if (baseline.reason() != null && baseline.reason().length() > 500) {
			throw new KaiwuProblem.InvalidInput("reason", "quality.spc.problem.too-long", 500);
		}
		return ChartViews.limits(this.charting.freeze(tenant(), characteristicId, from, to, baseline.reason(),
				CurrentPrincipal.actorName()));
	}

	@GetMapping("/violations")
	List<Map<String, Object>> violations(@PathVariable UUID characteristicId,
			@RequestParam(required = false) @Nullable Integer limit) {
		int count = (limit != null) ? limit : 100;
		if (count < 1 || count > 1000) {
			throw new KaiwuProblem.InvalidInput("limit", "quality.spc.problem.limit", 1, 1000);
		}
		return this.views.violations(tenant(), characteristicId, count);
	}

	@GetMapping("/capability")
	Map<String, Object> capability(@PathVariable UUID characteristicId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable Double confidence) {
		return this.views.capability(tenant(), characteristicId, instant("from", from), instant("to", to),
				(confidence != null) ? confidence : 0.95);
	}

	/** Too few subgroups for limits: a 409 that says how many more are needed. */
	@ExceptionHandler(TooFewSubgroups.class)
	ResponseEntity<ProblemDetail> tooFew(TooFewSubgroups ex) {
		ProblemDetail problem = this.problems.of(409, ProblemDetails.slugFor(409),
				"quality.spc.problem.too-few-subgroups", ex.type().name(), ex.needed(), ex.have(), ex.more());
		problem.setProperty("needed", ex.needed());
		problem.setProperty("have", ex.have());
		problem.setProperty("more", ex.more());
		return ResponseEntity.status(409).body(problem);
	}

	/** Subgroups that do not fit the chart (mixed np sample sizes, say). */
	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> unfit(IllegalArgumentException ex) {
		return ResponseEntity.status(409)
			.body(this.problems.of(409, ProblemDetails.slugFor(409), "quality.spc.problem.unfit", ex.getMessage()));
	}

	static ChartSettings check(CharacteristicSpec spec, SettingsDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		ChartType type = null;
		if (draft.chartType() == null) {
			errors.add(new FieldError("chartType", "quality.spc.problem.required"));
		}
		else {
			type = Arrays.stream(ChartType.values())
				.filter((t) -> t.name().equalsIgnoreCase(draft.chartType()))
				.findFirst()
				.orElse(null);
			if (type == null) {
				errors.add(new FieldError("chartType", "quality.spc.problem.choice", draft.chartType(),
						Arrays.toString(ChartType.values())));
			}
			else if (type.variable() != spec.variable()) {
				errors.add(new FieldError("chartType", spec.variable() ? "quality.spc.problem.chart-for-attributes"
						: "quality.spc.problem.chart-for-variables", type.name()));
			}
			else if (type == ChartType.I_MR && spec.subgroupSize() != 1) {
				errors.add(new FieldError("chartType", "quality.spc.problem.individuals-size", spec.subgroupSize()));
			}
			else if ((type == ChartType.XBAR_R || type == ChartType.XBAR_S)
					&& (spec.subgroupSize() < ControlChartConstants.SMALLEST
							|| spec.subgroupSize() > ControlChartConstants.LARGEST)) {
				errors.add(new FieldError("chartType", "quality.spc.problem.subgroup-size", spec.subgroupSize(),
						ControlChartConstants.SMALLEST, ControlChartConstants.LARGEST));
			}
		}
		RuleSet.Family family = RuleSet.Family.WESTERN_ELECTRIC;
		if (draft.ruleFamily() != null) {
			family = Arrays.stream(RuleSet.Family.values())
				.filter((f) -> f.name().equalsIgnoreCase(draft.ruleFamily()))
				.findFirst()
				.orElse(null);
			if (family == null) {
				errors.add(new FieldError("ruleFamily", "quality.spc.problem.choice", draft.ruleFamily(),
						Arrays.toString(RuleSet.Family.values())));
			}
		}
		RuleSet standard = (family == RuleSet.Family.NELSON) ? RuleSet.nelson() : RuleSet.westernElectric();
		int sameSide = run("sameSideRun", draft.sameSideRun(), standard.sameSideRun(), 2, errors);
		int trend = run("trendRun", draft.trendRun(), standard.trendRun(), 3, errors);
		int alternating = run("alternatingRun", draft.alternatingRun(), standard.alternatingRun(), 3, errors);
		int stratification = run("stratificationRun", draft.stratificationRun(), standard.stratificationRun(), 2,
				errors);
		int mixture = run("mixtureRun", draft.mixtureRun(), standard.mixtureRun(), 2, errors);
		if (!errors.isEmpty() || type == null || family == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return new ChartSettings(type, new RuleSet(family, sameSide, trend, alternating, stratification, mixture));
	}

	private static int run(String field, @Nullable Integer given, int standard, int least, List<FieldError> errors) {
		if (given == null) {
			return standard;
		}
		if (given < least || given > LONGEST_RUN) {
			errors.add(new FieldError(field, "quality.spc.problem.run-length", least, LONGEST_RUN));
			return standard;
		}
		return given;
	}

	private static @Nullable Instant instant(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			throw new KaiwuProblem.InvalidInput(field, "quality.spc.problem.instant", text);
		}
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

	/**
	 * A chart's settings as sent; missing run lengths take the rule set's own.
	 *
	 * @param chartType XBAR_R, XBAR_S, I_MR, P, NP, C or U
	 * @param ruleFamily WESTERN_ELECTRIC (default) or NELSON
	 * @param sameSideRun points on one side (8 WE, 9 Nelson)
	 * @param trendRun rising or falling points (6)
	 * @param alternatingRun alternating points (14)
	 * @param stratificationRun points within 1σ (15)
	 * @param mixtureRun points beyond 1σ on both sides (8)
	 */
	record SettingsDraft(@Nullable String chartType, @Nullable String ruleFamily, @Nullable Integer sameSideRun,
			@Nullable Integer trendRun, @Nullable Integer alternatingRun, @Nullable Integer stratificationRun,
			@Nullable Integer mixtureRun) {
	}

	/**
	 * The baseline of phase I.
	 *
	 * @param from first subgroup time (ISO-8601 instant), default the first subgroup
	 * @param to last subgroup time, default now
	 * @param reason why limits are (re)computed
	 */
	record BaselineDraft(@Nullable String from, @Nullable String to, @Nullable String reason) {
	}

}
