/**
 * The scheduling engine as plain Java on OR-Tools CP-SAT: a
 * {@link io.kaiwu.production.schedule.solver.SchedulingProblem} in integer minutes from a
 * horizon origin, a {@link io.kaiwu.production.schedule.solver.Schedule} out. Jobs
 * (production orders) with release times, due dates and weights; operation chains with
 * start-to-start transfer lags; alternative resources with their own durations;
 * sequence-dependent setups by product family; blocked resource time; pinned operations
 * and a frozen horizon; a lexicographic objective (weighted tardiness, makespan, setup
 * time, disruption).
 */
@NullMarked
package io.kaiwu.production.schedule.solver;

import org.jspecify.annotations.NullMarked;
