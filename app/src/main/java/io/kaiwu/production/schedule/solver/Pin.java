package io.kaiwu.production.schedule.solver;

/**
 * An operation that may not move: started on the shop floor, or frozen by the planner.
 *
 * @param resource the resource it stays on.
 * @param start the minute it starts.
 */
public record Pin(String resource, int start) {
}
