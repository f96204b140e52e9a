package io.kaiwu.quality.charting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.quality.inspection.CharacteristicSpecs;
import io.kaiwu.quality.inspection.CharacteristicSpecs.CharacteristicSpec;
import io.kaiwu.quality.inspection.SubgroupRecorded;
import io.kaiwu.quality.spc.ChartSeries;
import io.kaiwu.quality.spc.ChartType;
import io.kaiwu.quality.spc.ControlChart;
import io.kaiwu.quality.spc.FrozenLimits;
import io.kaiwu.quality.spc.RuleSet;
import io.kaiwu.quality.spc.RunRules;
import io.kaiwu.quality.spc.Violation;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The control charts of the inspection characteristics: plots each recorded subgroup,
 * judges it against the frozen limits with the chart's run rules and raises a quality
 * alarm for every violation; freezes phase I limits from a baseline on demand, keeping
 * the earlier ones.
 */
@Service
public class ControlCharting {

	private static final Logger log = LoggerFactory.getLogger(ControlCharting.class);

	private final ChartPointRecords points;

	private final LimitRecords limits;

	private final ViolationRecords violations;

	private final ChartSettingsRecords settings;

	private final CharacteristicSpecs specs;

	private final OutOfControlAlarms alarms;

	private final Clock clock = Clock.systemUTC();

	ControlCharting(ChartPointRecords points, LimitRecords limits, ViolationRecords violations,
			ChartSettingsRecords settings, CharacteristicSpecs specs, OutOfControlAlarms alarms) {
		this.points = points;
		this.limits = limits;
		this.violations = violations;
		this.settings = settings;
		this.specs = specs;
		this.alarms = alarms;
	}

	public CharacteristicSpec characteristic(TenantId tenant, UUID characteristicId) {
		return this.specs.spec(tenant, characteristicId)
			.orElseThrow(() -> new KaiwuProblem.NotFound("characteristic", characteristicId));
	}

	/**
	 * The configured chart, or the usual one for the characteristic with the WE rules.
	 */
	public ChartSettings settings(TenantId tenant, CharacteristicSpec spec) {
		return this.settings.find(tenant, spec.id())
			.orElseGet(() -> new ChartSettings(ChartType.usualFor(spec.variable(), spec.subgroupSize()),
					RuleSet.westernElectric()));
	}

	@Transactional
	public void configure(TenantId tenant, UUID characteristicId, ChartSettings chosen, String by) {
		this.settings.save(tenant, characteristicId, chosen, by, this.clock.instant());
	}

	/**
	 * Plots a subgroup once, however often the event arrives, and judges it, in a
	 * transaction of its own that is committed when this returns (the listener serialises
	 * the subgroups of a characteristic around it, so each sees the ones before).
	 * @param event the recorded subgroup
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void plot(SubgroupRecorded event) {
		if (this.points.exists(event.subgroupId())) {
			return;
		}
		this.points.insert(event, this.clock.instant());
		Optional<CharacteristicSpec> spec = this.specs.spec(event.tenant(), event.characteristicId());
		Optional<StoredLimits> current = this.limits.current(event.tenant(), event.characteristicId());
		if (spec.isEmpty() || current.isEmpty()) {
			return;
		}
		judge(event, spec.get(), current.get());
	}

	/**
	 * Judges the new point and the points after it (a subgroup may arrive after later
	 * ones: their runs are judged again with it in place); a violation already found is
	 * not raised twice.
	 */
	private void judge(SubgroupRecorded event, CharacteristicSpec spec, StoredLimits current) {
		RuleSet rules = settings(event.tenant(), spec).rules();
		FrozenLimits frozen = current.limits();
		int window = windowFor(rules);
		List<StoredPoint> stored = new ArrayList<>(this.points.latest(event.tenant(), spec.id(), event.at(), window));
		stored.addAll(this.points.after(event.tenant(), spec.id(), event.at(), window));
		List<StoredPoint> plotted = fitting(frozen.type(), frozen.subgroupSize(), stored);
		int index = indexOf(plotted, event.subgroupId());
		if (index < 0) {
			log.info("Subgroup {} of characteristic {} does not fit its {} chart; plotted, not judged",
					event.subgroupId(), spec.id(), frozen.type());
			return;
		}
		ControlChart chart = frozen.chart(plotted.stream().map(StoredPoint::subgroup).toList());
		for (ChartSeries series : chart.series()) {
			for (Violation violation : RunRules.check(rules, series)) {
				if (violation.subgroup() < index) {
					continue;
				}
				StoredPoint point = plotted.get(violation.subgroup());
				if (this.violations.exists(current.id(), point.subgroupId(), series.statistic(), violation.rule())) {
					continue;
				}
				UUID alarmId = this.alarms.raise(event.tenant(), spec, series, violation, point.takenAt());
				this.violations.insert(event.tenant(), spec.id(),
						new StoredViolation(UUID.randomUUID(), point.subgroupId(), current.id(), series.statistic(),
								violation, alarmId, this.clock.instant()));
			}
		}
	}

	/**
	 * Phase I: freezes limits from the subgroups taken in a period; earlier limits stay
	 * in the history.
	 * @param tenant whose chart
	 * @param characteristicId the characteristic
	 * @param from first baseline time; from the first subgroup when null
	 * @param to last baseline time; up to now when null
	 * @param reason why, for the history
	 * @param by who
	 * @return the new limits
	 * @throws io.kaiwu.quality.spc.TooFewSubgroups when the baseline is too short
	 */
	@Transactional
	public StoredLimits freeze(TenantId tenant, UUID characteristicId, @Nullable Instant from, @Nullable Instant to,
			@Nullable String reason, String by) {
		CharacteristicSpec spec = characteristic(tenant, characteristicId);
		ChartType type = settings(tenant, spec).type();
		List<StoredPoint> baseline = fitting(type, spec.subgroupSize(), this.points.between(tenant, characteristicId,
				(from != null) ? from : Instant.EPOCH, (to != null) ? to : this.clock.instant()));
		FrozenLimits frozen = FrozenLimits.estimate(type, baseline.stream().map(StoredPoint::subgroup).toList());
		StoredLimits stored = new StoredLimits(UUID.randomUUID(), frozen, baseline.get(0).takenAt(),
				baseline.get(baseline.size() - 1).takenAt(), reason, by, this.clock.instant());
		this.limits.insert(tenant, characteristicId, stored);
		return stored;
	}

	/**
	 * The subgroups a chart can plot: for X̄ and I-MR charts those with the chart's
	 * number of values, for attribute charts those with units inspected (np: the plan's
	 * sample size).
	 */
	static List<StoredPoint> fitting(ChartType type, int subgroupSize, List<StoredPoint> stored) {
		List<StoredPoint> fit = new ArrayList<>(stored.size());
		for (StoredPoint point : stored) {
			boolean fits = switch (type) {
				case XBAR_R, XBAR_S -> point.values().length == subgroupSize;
				case I_MR -> point.values().length == 1;
				case NP -> point.inspected() == subgroupSize;
				case P, U -> point.inspected() > 0;
				case C -> point.values().length == 0;
			};
			if (fits) {
				fit.add(point);
			}
		}
		return fit;
	}

	private static int windowFor(RuleSet rules) {
		int longest = Math.max(Math.max(rules.sameSideRun(), rules.trendRun()),
				Math.max(rules.alternatingRun(), Math.max(rules.stratificationRun(), rules.mixtureRun())));
		// one more for the moving range of the first point
		return Math.max(longest, 5) + 1;
	}

	private static int indexOf(List<StoredPoint> window, UUID subgroupId) {
		for (int i = 0; i < window.size(); i++) {
			if (window.get(i).subgroupId().equals(subgroupId)) {
				return i;
			}
		}
		return -1;
	}

}
