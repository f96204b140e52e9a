package io.kaiwu.telemetry.aggregation;

import java.time.Instant;

/**
 * One numeric measurement of one series.
 *
 * @param ts when it was measured.
 * @param value the value.
 */
public record Sample(Instant ts, double value) {
}
