package io.kaiwu.production.schedule.solver;

/**
 * Where and when one operation runs.
 *
 * @param job the job's id.
 * @param operation the operation's id.
 * @param resource the chosen resource.
 * @param start first minute of processing.
 * @param end first minute after processing.
 * @param setupBefore setup minutes on the resource just before it (changeover from the
 * previous family).
 */
public record ScheduledOperation(String job, String operation, String resource, int start, int end, int setupBefore) {
}
