package io.kaiwu.benchmarks.prognostics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kaiwu.simulator.Fault;

/**
 * How one method did over all runs: faults warned about before the breakdown, lead time,
 * false alarms on healthy machines (a warning on the faulty machine before its fault
 * began is a false alarm too).
 */
record Scorecard(String method, int faults, int warnedInTime, List<Double> leadHours, int healthyMachines,
		int falseAlarms, double healthyHours) {

	static Scorecard of(String name, List<SimulatedRun.Outcome> outcomes, SimulatedRun.Method method) {
		int faults = 0;
		int warnedInTime = 0;
		List<Double> lead = new ArrayList<>();
		int healthy = 0;
		int falseAlarms = 0;
		double healthyHours = 0;
		for (SimulatedRun.Outcome o : outcomes) {
			Fault fault = o.fault();
			for (Map.Entry<String, SimulatedRun.Watch> e : o.machines().entrySet()) {
				Instant warning = e.getValue().warning(method);
				boolean faulty = fault != null && fault.deviceKey().equals(e.getKey());
				if (faulty) {
					faults++;
					if (warning != null && warning.isBefore(fault.start())) {
						falseAlarms++;
					}
					else if (warning != null && warning.isBefore(o.breakdown())) {
						warnedInTime++;
						lead.add(PredictiveMaintenanceEvaluation.hours(warning, o.breakdown()));
					}
				}
				else {
					healthy++;
					healthyHours += PredictiveMaintenanceEvaluation.hours(SimulatedRun.START, o.end());
					if (warning != null) {
						falseAlarms++;
					}
				}
			}
		}
		Collections.sort(lead);
		return new Scorecard(name, faults, warnedInTime, lead, healthy, falseAlarms, healthyHours);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, """
				%s
				  faults warned before breakdown: %d / %d = %.1f %%
				  lead time, hours: median %.2f, 10th percentile %.2f, min %.2f, max %.2f
				  false alarms: %d on %d healthy machine-runs (%.1f %%) over %.0f machine-hours""", this.method,
				this.warnedInTime, this.faults, percent(this.warnedInTime, this.faults), quantile(0.5), quantile(0.1),
				quantile(0), quantile(1), this.falseAlarms, this.healthyMachines,
				percent(this.falseAlarms, this.healthyMachines), this.healthyHours);
	}

	private double quantile(double q) {
		if (this.leadHours.isEmpty()) {
			return Double.NaN;
		}
		double position = q * (this.leadHours.size() - 1);
		int below = (int) Math.floor(position);
		int above = (int) Math.ceil(position);
		return this.leadHours.get(below) + (position - below) * (this.leadHours.get(above) - this.leadHours.get(below));
	}

	private static double percent(int part, int whole) {
		return (whole == 0) ? Double.NaN : 100.0 * part / whole;
	}

}
