package io.kaiwu.production.schedule.jobshop;

/**
 * One operation of a job-shop answer, indices from 0 as in the instance file.
 *
 * @param job the job (line of the instance after the header).
 * @param operation the step within the job.
 * @param machine the machine it runs on.
 * @param start its start.
 * @param end its end.
 */
public record JobShopOperation(int job, int operation, int machine, int start, int end) {
}
