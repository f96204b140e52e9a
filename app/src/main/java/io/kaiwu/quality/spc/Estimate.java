package io.kaiwu.quality.spc;

/**
 * A capability index with its two-sided confidence interval.
 *
 * @param value the point estimate
 * @param lower lower confidence bound
 * @param upper upper confidence bound
 */
public record Estimate(double value, double lower, double upper) {
}
