package io.kaiwu.production.schedule.solver;

/**
 * How a job fares in a schedule.
 *
 * @param job the job's id.
 * @param completion end of its last operation.
 * @param due its due date.
 * @param tardiness minutes late, 0 when on time.
 * @param late whether it finishes after its due date.
 */
public record JobOutcome(String job, int completion, int due, int tardiness, boolean late) {
}
