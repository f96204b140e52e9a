package io.kaiwu.benchmarks.prognostics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import io.kaiwu.health.kernel.Prognosis;

/**
 * How good the remaining-life estimate was at the moment of the warning: its error
 * against the real breakdown, and how often the breakdown fell inside the band or after
 * its early end (an order planned for the early end is then in time).
 */
record RulAccuracy(List<Double> errorHours, int insideBand, int afterEarliest) {

	static RulAccuracy of(List<SimulatedRun.Outcome> outcomes) {
		List<Double> errors = new ArrayList<>();
		int inside = 0;
		int after = 0;
		for (SimulatedRun.Outcome o : outcomes) {
			if (o.fault() == null) {
				continue;
			}
			SimulatedRun.Watch watch = o.machines().get(o.fault().deviceKey());
			Prognosis p = (watch != null) ? watch.prognosis() : null;
			Instant breakdown = o.breakdown();
			if (p == null || breakdown == null || watch.kaiwu() == null || watch.kaiwu().isAfter(breakdown)) {
				continue;
			}
			errors.add(PredictiveMaintenanceEvaluation.hours(breakdown, p.failureAt()));
			if (!breakdown.isBefore(p.earliest()) && !breakdown.isAfter(p.latest())) {
				inside++;
			}
			if (!breakdown.isBefore(p.earliest())) {
				after++;
			}
		}
		Collections.sort(errors);
		return new RulAccuracy(errors, inside, after);
	}

	@Override
	public String toString() {
		if (this.errorHours.isEmpty()) {
			return "remaining life at the warning: no warnings";
		}
		int n = this.errorHours.size();
		List<Double> absolute = this.errorHours.stream().map(Math::abs).sorted().toList();
		return String.format(Locale.ROOT,
				"""
						remaining life at the warning (predicted failure − real breakdown), %d faults:
						  median error %.2f h, median absolute error %.2f h
						  breakdown inside the 90 %% band: %d / %d = %.1f %%; at or after the band's early end: %d / %d = %.1f %%""",
				n, this.errorHours.get(n / 2), absolute.get(n / 2), this.insideBand, n, 100.0 * this.insideBand / n,
				this.afterEarliest, n, 100.0 * this.afterEarliest / n);
	}

}
