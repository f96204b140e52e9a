package io.kaiwu.telemetry.aggregation;

import java.time.Instant;

/**
 * One interval of an aggregated series.
 *
 * @param start the bucket's start (inclusive), aligned in the site's time zone.
 * @param value the aggregated value.
 * @param count how many samples fell into the bucket.
 */
public record Bucket(Instant start, double value, long count) {
}
