package io.kaiwu.production.schedule.solver;

import java.util.Map;

/**
 * The figures a planner reads first.
 *
 * @param makespan end of the last operation.
 * @param totalSetup setup minutes over all resources.
 * @param weightedTardiness sum of minutes late times weight and priority.
 * @param onTimeRate share of jobs on time, 0 to 1.
 * @param utilisation per resource, its busy minutes (processing and setup) over its
 * available minutes before the makespan, 0 to 1.
 */
public record ScheduleKpis(int makespan, int totalSetup, long weightedTardiness, double onTimeRate,
		Map<String, Double> utilisation) {
}
