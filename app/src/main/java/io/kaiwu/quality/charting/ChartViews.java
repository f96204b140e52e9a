package io.kaiwu.quality.charting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.quality.inspection.CharacteristicSpecs.CharacteristicSpec;
import io.kaiwu.quality.spc.Capability;
import io.kaiwu.quality.spc.ChartPoint;
import io.kaiwu.quality.spc.ChartSeries;
import io.kaiwu.quality.spc.ChartType;
import io.kaiwu.quality.spc.ControlChart;
import io.kaiwu.quality.spc.Estimate;
import io.kaiwu.quality.spc.FrozenLimits;
import io.kaiwu.quality.spc.Histogram;
import io.kaiwu.quality.spc.RuleSet;
import io.kaiwu.quality.spc.SpecLimits;
import io.kaiwu.quality.spc.Subgroup;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the REST API and the chart page show of a chart, as JSON-ready maps: the
 * characteristic and its settings, the points with the limits in force and the violations
 * marked on them, the history of limits, and capability studies.
 */
@Component
@Transactional(readOnly = true)
public class ChartViews {

	/** Subgroups shown when no period is asked for. */
	static final int SHOWN = 100;

	private final ControlCharting charting;

	private final ChartPointRecords points;

	private final LimitRecords limits;

	private final ViolationRecords violations;

	ChartViews(ControlCharting charting, ChartPointRecords points, LimitRecords limits, ViolationRecords violations) {
		this.charting = charting;
		this.points = points;
		this.limits = limits;
		this.violations = violations;
	}

	public Map<String, Object> summary(TenantId tenant, UUID characteristicId) {
		CharacteristicSpec spec = this.charting.characteristic(tenant, characteristicId);
		ChartSettings settings = this.charting.settings(tenant, spec);
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("characteristic", characteristic(spec));
		view.put("settings", settings(settings));
		view.put("subgroups", this.points.count(tenant, characteristicId));
		view.put("limits", this.limits.current(tenant, characteristicId).map(ChartViews::limits).orElse(null));
		view.put("baseline", baselineStatus(tenant, spec, settings.type()));
		return view;
	}

	/**
	 * The points of a period (or the latest {@link #SHOWN}), drawn with the limits in
	 * force; without limits, the plain values and how many more subgroups phase I needs.
	 */
	public Map<String, Object> points(TenantId tenant, UUID characteristicId, @Nullable Instant from,
			@Nullable Instant to) {
		CharacteristicSpec spec = this.charting.characteristic(tenant, characteristicId);
		ChartSettings settings = this.charting.settings(tenant, spec);
		Optional<StoredLimits> current = this.limits.current(tenant, characteristicId);
		ChartType type = current.map((l) -> l.limits().type()).orElse(settings.type());
		int size = current.map((l) -> l.limits().subgroupSize()).orElse(spec.subgroupSize());
		List<StoredPoint> shown = ControlCharting.fitting(type, size,
				(from == null && to == null) ? this.points.latest(tenant, characteristicId, Instant.now(), SHOWN)
						: this.points.between(tenant, characteristicId, (from != null) ? from : Instant.EPOCH,
								(to != null) ? to : Instant.now()));
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("chartType", type.name());
		view.put("limits", current.map(ChartViews::limits).orElse(null));
		view.put("baseline", baselineStatus(tenant, spec, type));
		if (current.isEmpty() || shown.isEmpty()) {
			view.put("series", List.of());
			view.put("subgroups", shown.stream().map(ChartViews::subgroup).toList());
			return view;
		}
		StoredLimits stored = current.get();
		ControlChart chart = stored.limits().chart(shown.stream().map(StoredPoint::subgroup).toList());
		Map<String, List<Map<String, Object>>> marks = marks(tenant, characteristicId);
		List<Map<String, Object>> series = new ArrayList<>();
		for (ChartSeries one : chart.series()) {
			List<Map<String, Object>> plotted = new ArrayList<>();
			for (ChartPoint point : one.points()) {
				StoredPoint source = shown.get(point.subgroup());
				Map<String, Object> p = new LinkedHashMap<>();
				p.put("subgroupId", source.subgroupId());
				p.put("takenAt", source.takenAt());
				p.put("value", point.value());
				p.put("lcl", point.limits().lower());
				p.put("cl", point.limits().center());
				p.put("ucl", point.limits().upper());
				p.put("baseline", !source.takenAt().isBefore(stored.baselineFrom())
						&& !source.takenAt().isAfter(stored.baselineTo()));
				p.put("violations", marks.getOrDefault(source.subgroupId() + "/" + one.statistic().name(), List.of()));
				plotted.add(p);
			}
			series.add(Map.of("statistic", one.statistic().name(), "points", plotted));
		}
		view.put("series", series);
		return view;
	}

	public List<Map<String, Object>> limitHistory(TenantId tenant, UUID characteristicId) {
		this.charting.characteristic(tenant, characteristicId);
		return this.limits.history(tenant, characteristicId).stream().map(ChartViews::limits).toList();
	}

	public List<Map<String, Object>> violations(TenantId tenant, UUID characteristicId, int count) {
		this.charting.characteristic(tenant, characteristicId);
		return this.violations.latest(tenant, characteristicId, count).stream().map(ChartViews::violation).toList();
	}

	/**
	 * A capability study of the subgroups of a period; by default of the baseline of the
	 * limits in force, or of the latest subgroups when there are none.
	 */
	public Map<String, Object> capability(TenantId tenant, UUID characteristicId, @Nullable Instant from,
			@Nullable Instant to, double confidence) {
		CharacteristicSpec spec = this.charting.characteristic(tenant, characteristicId);
		if (!spec.variable()) {
			throw new KaiwuProblem.Conflict("quality.spc.problem.capability-attribute", spec.code());
		}
		if (spec.lowerLimit() == null && spec.upperLimit() == null) {
			throw new KaiwuProblem.Conflict("quality.spc.problem.no-spec-limits", spec.code());
		}
		if (!(confidence > 0 && confidence < 1)) {
			throw new KaiwuProblem.InvalidInput("confidence", "quality.spc.problem.confidence");
		}
		Optional<StoredLimits> current = this.limits.current(tenant, characteristicId);
		Instant start = (from != null) ? from : current.map(StoredLimits::baselineFrom).orElse(Instant.EPOCH);
		Instant end = (to != null) ? to : current.map(StoredLimits::baselineTo).orElse(Instant.now());
		List<Subgroup> subgroups = ControlCharting
			.fitting((spec.subgroupSize() <= 1) ? ChartType.I_MR : ChartType.XBAR_R, Math.max(1, spec.subgroupSize()),
					this.points.between(tenant, characteristicId, start, end))
			.stream()
			.map(StoredPoint::subgroup)
			.toList();
		int fewest = (spec.subgroupSize() <= 1) ? 3 : 2;
		if (subgroups.size() < fewest) {
			throw new KaiwuProblem.Conflict("quality.spc.problem.capability-too-few", subgroups.size(), fewest);
		}
		Capability study;
		try {
			study = Capability.study(subgroups, new SpecLimits(spec.lowerLimit(), spec.upperLimit(), spec.nominal()),
					confidence);
		}
		catch (IllegalArgumentException ex) {
			throw new KaiwuProblem.Conflict("quality.spc.problem.capability-invalid", ex.getMessage());
		}
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("from", start);
		view.put("to", end);
		view.put("subgroups", subgroups.size());
		view.put("n", study.n());
		view.put("mean", study.mean());
		view.put("sigmaWithin", study.sigmaWithin());
		view.put("sigmaOverall", study.sigmaOverall());
		view.put("lsl", study.spec().lower());
		view.put("usl", study.spec().upper());
		view.put("target", study.spec().target());
		view.put("confidence", confidence);
		view.put("cp", estimate(study.cp()));
		view.put("cpl", study.cpl());
		view.put("cpu", study.cpu());
		view.put("cpk", estimate(study.cpk()));
		view.put("cpm", study.cpm());
		view.put("pp", estimate(study.pp()));
		view.put("ppl", study.ppl());
		view.put("ppu", study.ppu());
		view.put("ppk", estimate(study.ppk()));
		view.put("normality",
				(study.normality() == null) ? null
						: Map.of("test", "Anderson-Darling", "aSquared", study.normality().aSquared(), "adjusted",
								study.normality().adjusted(), "pValue", study.normality().pValue()));
		view.put("histogram", histogram(study.histogram()));
		return view;
	}

	private Map<String, Object> baselineStatus(TenantId tenant, CharacteristicSpec spec, ChartType type) {
		long have = this.points.count(tenant, spec.id());
		return Map.of("needed", type.minimumSubgroups(), "have", have, "more",
				Math.max(0, type.minimumSubgroups() - have));
	}

	private Map<String, List<Map<String, Object>>> marks(TenantId tenant, UUID characteristicId) {
		Map<String, List<Map<String, Object>>> marks = new HashMap<>();
		for (StoredViolation stored : this.violations.latest(tenant, characteristicId, ChartPointRecords.MOST)) {
			marks.computeIfAbsent(stored.subgroupId() + "/" + stored.statistic().name(), (k) -> new ArrayList<>())
				.add(Map.of("rule", stored.violation().rule().name(), "number", stored.violation().number(), "family",
						stored.violation().family().name(), "side", stored.violation().side().name()));
		}
		return marks;
	}

	static Map<String, Object> characteristic(CharacteristicSpec spec) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", spec.id());
		view.put("planId", spec.planId());
		view.put("code", spec.code());
		view.put("name", spec.name());
		view.put("variable", spec.variable());
		view.put("nominal", spec.nominal());
		view.put("lsl", spec.lowerLimit());
		view.put("usl", spec.upperLimit());
		view.put("unit", spec.unit());
		view.put("subgroupSize", spec.subgroupSize());
		return view;
	}

	static Map<String, Object> settings(ChartSettings settings) {
		RuleSet rules = settings.rules();
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("chartType", settings.type().name());
		view.put("ruleFamily", rules.family().name());
		view.put("sameSideRun", rules.sameSideRun());
		view.put("trendRun", rules.trendRun());
		view.put("alternatingRun", rules.alternatingRun());
		view.put("stratificationRun", rules.stratificationRun());
		view.put("mixtureRun", rules.mixtureRun());
		return view;
	}

	public static Map<String, Object> limits(StoredLimits stored) {
		FrozenLimits frozen = stored.limits();
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", stored.id());
		view.put("chartType", frozen.type().name());
		view.put("subgroupSize", frozen.subgroupSize());
		view.put("center", frozen.center());
		view.put("spread", frozen.spread());
		view.put("sigmaWithin", frozen.type().variable() ? frozen.sigmaWithin() : null);
		view.put("baselineSubgroups", frozen.baselineSubgroups());
		view.put("baselineFrom", stored.baselineFrom());
		view.put("baselineTo", stored.baselineTo());
		if (frozen.type().variable() || frozen.type() == ChartType.C || frozen.type() == ChartType.NP) {
			var location = frozen.locationLimits(Math.max(1, frozen.subgroupSize()));
			view.put("location", Map.of("lcl", location.lower(), "cl", location.center(), "ucl", location.upper()));
		}
		if (frozen.type().variable()) {
			var spread = frozen.spreadLimits();
			view.put("spreadLimits", Map.of("lcl", spread.lower(), "cl", spread.center(), "ucl", spread.upper()));
		}
		view.put("reason", stored.reason());
		view.put("computedBy", stored.computedBy());
		view.put("computedAt", stored.computedAt());
		return view;
	}

	static Map<String, Object> violation(StoredViolation stored) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", stored.id());
		view.put("subgroupId", stored.subgroupId());
		view.put("limitsId", stored.limitsId());
		view.put("statistic", stored.statistic().name());
		view.put("family", stored.violation().family().name());
		view.put("number", stored.violation().number());
		view.put("rule", stored.violation().rule().name());
		view.put("side", stored.violation().side().name());
		view.put("value", stored.violation().value());
		view.put("alarmId", stored.alarmId());
		view.put("detectedAt", stored.detectedAt());
		return view;
	}

	private static Map<String, Object> subgroup(StoredPoint point) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("subgroupId", point.subgroupId());
		view.put("takenAt", point.takenAt());
		view.put("values", point.values());
		view.put("inspected", point.inspected());
		view.put("nonconforming", point.nonconforming());
		view.put("defects", point.defects());
		return view;
	}

	private static @Nullable Map<String, Object> estimate(@Nullable Estimate estimate) {
		return (estimate == null) ? null
				: Map.of("value", estimate.value(), "lower", estimate.lower(), "upper", estimate.upper());
	}

	private static Map<String, Object> histogram(Histogram histogram) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("start", histogram.start());
		view.put("width", histogram.width());
		view.put("counts", histogram.counts());
		view.put("lsl", histogram.lower());
		view.put("usl", histogram.upper());
		return view;
	}

}
